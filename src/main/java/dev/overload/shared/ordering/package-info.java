/** Dense ordering of siblings (1..n positions kept contiguous). */
@NamedInterface("ordering")
@NullMarked
package dev.overload.shared.ordering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
