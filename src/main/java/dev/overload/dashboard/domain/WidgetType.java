package dev.overload.dashboard.domain;

/** What a dashboard widget shows. */
public enum WidgetType {
    /** The next scheduled workout, else the active plan's next day. */
    NEXT_WORKOUT,
    /** Volume and sets per week. */
    WEEKLY_VOLUME,
    /** Hard sets per muscle group per week. */
    MUSCLE_SETS,
    /** One exercise's estimated 1RM per session (needs {@code exercise_id}). */
    E1RM_TREND,
    /** The newest personal records. */
    RECENT_RECORDS,
    /** Scheduled workouts kept, and weekly streaks. */
    ADHERENCE_STREAK,
    /** Body weight per day. */
    BODY_WEIGHT_TREND,
    /** Today's sleep, stress, energy and food. */
    WELLNESS_TODAY,
    /** The strongest finding about how wellness and training go together. */
    TOP_INSIGHT
}
