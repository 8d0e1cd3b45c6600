package dev.overload.scheduling.domain;

/** The names of what a schedule trains: its plan's and, unless it places the whole plan, its day's. */
record WorkoutNames(String plan, String day) {

    /** "Plan – Day", or the plan's name alone. */
    String workout() {
        return day == null ? plan : plan + " – " + day;
    }
}
