package dev.overload.reporting.domain;

/** What a report tells. */
public enum ReportType {
    /** The period at a glance, compared with the one before. */
    PROGRESS("Progress report"),
    /** Every session of the period with its exercises and sets, planned beside actual. */
    HISTORY("Training history"),
    /** One exercise's sets, estimated 1RM, volume and records over the period. */
    EXERCISE("Exercise report"),
    /** A plan to print and take to the gym. */
    PLAN("Training plan"),
    /**
     * One table of another module's data (the club's reports), asked for through that module's API; its title is
     * that module's.
     */
    TABLE("Report");

    private final String title;

    ReportType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
