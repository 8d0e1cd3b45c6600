/** Persistence base types: the audited entity base class and reading column values. */
@NamedInterface("persistence")
@NullMarked
package dev.overload.shared.persistence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
