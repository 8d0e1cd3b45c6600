package dev.overload.coach.domain;

/**
 * The port every coach implements: given the user's plan, the exercises they may use, their recent lifting and
 * what they asked, an answer in words and, when the coach changes something, the whole plan as it proposes it.
 * A coach never writes anything; it may throw {@link CoachUnavailableException} when it cannot answer.
 */
public interface Coach {

    /** How suggestions name the coach that made them ({@code BUILT_IN}, {@code MODEL}). */
    String name();

    CoachAnswer suggest(CoachRequest request);
}
