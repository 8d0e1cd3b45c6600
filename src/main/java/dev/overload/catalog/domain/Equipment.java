package dev.overload.catalog.domain;

import java.util.UUID;

public record Equipment(UUID id, String slug, String name) {
}
