@NullMarked
package dev.overload.scheduling.domain;

import org.jspecify.annotations.NullMarked;
