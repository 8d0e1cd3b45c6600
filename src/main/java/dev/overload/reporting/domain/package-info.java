@NullMarked
package dev.overload.reporting.domain;

import org.jspecify.annotations.NullMarked;
