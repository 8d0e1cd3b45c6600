package dev.overload.club.domain;

/** The club's reports, each also at {@code GET /api/club/reports/{path}} as JSON at once. */
public enum ClubReportKind {
    ACTIVE_CLIENTS("Active clients per membership level"),
    MONTHLY_REVENUE("Monthly recurring revenue per membership level"),
    /** Over a period. */
    TRAININGS_PER_TRAINER("Trainings per trainer and week"),
    /** Over a period. */
    ATTENDANCE("Attendance per client"),
    /** Over the last {@code days} days. */
    IDLE_CLIENTS("Clients with no session lately");

    private final String title;

    ClubReportKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    boolean hasPeriod() {
        return this == TRAININGS_PER_TRAINER || this == ATTENDANCE;
    }
}
