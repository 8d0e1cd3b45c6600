@NullMarked
package dev.overload.identity.security;

import org.jspecify.annotations.NullMarked;
