/** Security helpers: opaque secret tokens, rate limits. */
@NamedInterface("security")
@NullMarked
package dev.overload.shared.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
