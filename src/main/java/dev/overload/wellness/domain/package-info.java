@NullMarked
package dev.overload.wellness.domain;

import org.jspecify.annotations.NullMarked;
