@NullMarked
package dev.overload.coach.web;

import org.jspecify.annotations.NullMarked;
