package dev.overload.shared.ordering;

/** A member of a list whose position is stored: 1-based, contiguous, unique among its siblings. */
public interface Ordered {

    void position(int index);
}
