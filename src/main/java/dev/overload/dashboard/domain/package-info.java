@NullMarked
package dev.overload.dashboard.domain;

import org.jspecify.annotations.NullMarked;
