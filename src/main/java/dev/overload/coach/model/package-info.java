@NullMarked
package dev.overload.coach.model;

import org.jspecify.annotations.NullMarked;
