package dev.overload.scheduling.web;

/** How a schedule repeats; weekly is the one there is. */
enum RepeatFrequency {
    WEEKLY
}
