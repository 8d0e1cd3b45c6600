@NullMarked
package dev.overload.club.domain;

import org.jspecify.annotations.NullMarked;
