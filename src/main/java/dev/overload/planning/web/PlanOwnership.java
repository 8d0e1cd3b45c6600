package dev.overload.planning.web;

/** Who may change a plan, as the planning endpoints document their 403s. */
final class PlanOwnership {

    static final String CREATOR_ONLY = "Someone else's public plan: only its creator changes it";

    private PlanOwnership() {
    }
}
