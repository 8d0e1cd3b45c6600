/** Units of measure: the weight and height units users choose, and conversion from and to what is stored. */
@NamedInterface("units")
@NullMarked
package dev.overload.shared.units;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
