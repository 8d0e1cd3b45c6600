/** Lists: paging and sorting parameters, a page of results with its total, and the read-side helper for filtered, sorted, counted pages. */
@NamedInterface("paging")
@NullMarked
package dev.overload.shared.paging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
