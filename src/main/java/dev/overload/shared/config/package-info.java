@NullMarked
package dev.overload.shared.config;

import org.jspecify.annotations.NullMarked;
