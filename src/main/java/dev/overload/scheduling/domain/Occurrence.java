package dev.overload.scheduling.domain;

import java.time.Instant;

/** One time a schedule places its workout: from start to end, in UTC. */
public record Occurrence(Instant start, Instant end) {
}
