@NullMarked
package dev.overload.identity.domain;

import org.jspecify.annotations.NullMarked;
