/**
 * The HTTP contract's shared parts that modules use: safe retries ({@code Idempotent}) and conditional
 * requests ({@code ETags}, {@code Conditional}); the filter and the API description that implement them are
 * in {@code web} and {@code config}.
 */
@NamedInterface("contract")
@NullMarked
package dev.overload.shared.contract;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
