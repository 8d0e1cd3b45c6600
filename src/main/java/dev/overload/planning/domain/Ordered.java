package dev.overload.planning.domain;

/** A member of a list whose position is stored: 1-based, contiguous, unique among its siblings. */
interface Ordered {

    void position(int index);
}
