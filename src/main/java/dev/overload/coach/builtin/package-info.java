@NullMarked
package dev.overload.coach.builtin;

import org.jspecify.annotations.NullMarked;
