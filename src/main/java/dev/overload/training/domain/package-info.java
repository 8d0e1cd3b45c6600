@NullMarked
package dev.overload.training.domain;

import org.jspecify.annotations.NullMarked;
