package dev.overload.planning;

/**
 * How weights drop after too many failed sessions: every set by the deload percentage
 * (PROPORTIONAL), every set to the percentage below one reference set (REFERENCE_SET), or not at all,
 * only recording the deload (CUSTOM).
 */
public enum DeloadStrategy {
    PROPORTIONAL,
    REFERENCE_SET,
    CUSTOM
}
