@NullMarked
package dev.overload.shared.web;

import org.jspecify.annotations.NullMarked;
