package dev.overload.identity.domain;

import java.util.UUID;

/** A user changed their profile or preferences. */
record PreferencesChanged(UUID userId) {
}
