package dev.overload.training.domain;

import dev.overload.training.SessionStatus;

/** A change to a session; null fields are left as they are. */
public record SessionChanges(SessionStatus status, String title, String comments, String mesocycleName,
        Integer sessionNumber) {
}
