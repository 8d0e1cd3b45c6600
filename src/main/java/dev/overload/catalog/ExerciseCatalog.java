package dev.overload.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The catalog as other modules use it. */
public interface ExerciseCatalog {

    /** The exercises among {@code ids} that {@code viewerId} may use: system ones and their own custom ones. */
    Map<UUID, ExerciseSummary> visibleTo(UUID viewerId, Collection<UUID> ids);

    /** Every exercise {@code userId} may use: the system ones and their own custom ones, by name. */
    List<ExerciseSummary> usableBy(UUID userId);

    /** The exercises among {@code ids}, whoever owns them (to show what a shared plan contains). */
    Map<UUID, ExerciseSummary> summaries(Collection<UUID> ids);

    /** The muscle groups the given exercises work, whoever owns them: one statement. */
    Map<UUID, ExerciseMuscles> muscles(Collection<UUID> ids);

    /** The names of the given exercises, whoever owns them: one lookup for a whole plan. */
    Map<UUID, String> names(Collection<UUID> ids);

    /**
     * The user's custom exercise of that name (case aside), made from {@code exercise} if they have none; unknown
     * muscle groups or equipment are refused (400 naming the field). Joins the caller's transaction.
     */
    UUID createCustom(UUID userId, CustomExercise exercise);

    /** The slugs of the muscle groups ({@code quadriceps}, …). */
    Set<String> muscleGroups();

    /** The slugs of the equipment ({@code barbell}, …); an exercise without any needs only the body. */
    Set<String> equipment();

    /** Muscle group slugs and body regions ({@code chest}, {@code legs}, {@code triceps}, …). */
    Set<String> bodyParts();

    /**
     * Makes the given exercises usable by {@code userId}, as when they copy someone's plan: another user's
     * custom exercise becomes a custom exercise of their own (theirs of the same name if they have one).
     * Returns the replacement id of each exercise that needed one.
     */
    Map<UUID, UUID> adopt(UUID userId, Collection<UUID> exerciseIds);

    /** Counts one more use of each exercise by the user, at {@code usedAt}. */
    void recordUsage(UUID userId, Collection<UUID> exerciseIds, Instant usedAt);
}
