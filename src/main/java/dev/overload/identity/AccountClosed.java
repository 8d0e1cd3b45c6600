package dev.overload.identity;

import java.util.UUID;

/** An account was closed: it can no longer log in and its tokens stop working. */
public record AccountClosed(UUID userId) {
}
