package dev.overload.catalog.domain;

import java.util.UUID;

/** A muscle group of the catalog, in one body region ({@code legs}, {@code core}, …). */
public record MuscleGroup(UUID id, String slug, String name, String bodyRegion) {
}
