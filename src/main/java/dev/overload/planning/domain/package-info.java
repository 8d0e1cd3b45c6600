@NullMarked
package dev.overload.planning.domain;

import org.jspecify.annotations.NullMarked;
