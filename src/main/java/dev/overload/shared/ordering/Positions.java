package dev.overload.shared.ordering;

import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.InvalidFieldException;
import java.util.List;

/**
 * Dense ordering of siblings (seed 004 "Reordering"): inserting at a position shifts the following ones,
 * no position appends, moving shifts those between, removing closes the gap. Positions are renumbered from
 * the list order, so they are always 1..n; the caller holds the parent's lock.
 */
public final class Positions {

    private Positions() {
    }

    /**
     * Inserts at {@code position} (1..n+1), or appends when it is null; a full list ({@code limit} items)
     * takes no more.
     */
    public static <T extends Ordered> void insert(List<T> siblings, T item, Integer position, String field, int limit,
            String limitMessage) {
        if (siblings.size() >= limit) {
            throw new ConflictException(limitMessage);
        }
        int index = position == null ? siblings.size() : checked(position, siblings.size() + 1, field) - 1;
        siblings.add(index, item);
        renumber(siblings);
    }

    /** Moves {@code item} to {@code position} (1..n); nothing happens when it is null. */
    public static <T extends Ordered> void move(List<T> siblings, T item, Integer position, String field) {
        if (position == null) {
            return;
        }
        int index = checked(position, siblings.size(), field) - 1;
        siblings.remove(item);
        siblings.add(index, item);
        renumber(siblings);
    }

    public static <T extends Ordered> void remove(List<T> siblings, T item) {
        siblings.remove(item);
        renumber(siblings);
    }

    /** The siblings become exactly {@code ordered}, in that order; the ones left out are dropped. */
    public static <T extends Ordered> void replaceAll(List<T> siblings, List<T> ordered) {
        siblings.clear();
        siblings.addAll(ordered);
        renumber(siblings);
    }

    public static <T extends Ordered> void renumber(List<T> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).position(i + 1);
        }
    }

    private static int checked(int position, int last, String field) {
        if (position < 1 || position > last) {
            throw new InvalidFieldException(field, "must be between 1 and " + last);
        }
        return position;
    }
}
