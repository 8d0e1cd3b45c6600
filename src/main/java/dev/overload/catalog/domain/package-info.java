@NullMarked
package dev.overload.catalog.domain;

import org.jspecify.annotations.NullMarked;
