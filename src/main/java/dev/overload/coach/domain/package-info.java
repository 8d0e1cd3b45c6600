@NullMarked
package dev.overload.coach.domain;

import org.jspecify.annotations.NullMarked;
