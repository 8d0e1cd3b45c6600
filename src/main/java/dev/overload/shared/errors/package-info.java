/** The error vocabulary: exceptions that the one handler turns into problem+json, and the error styles of API parts with their own contract. */
@NamedInterface("errors")
@NullMarked
package dev.overload.shared.errors;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
