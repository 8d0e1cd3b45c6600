package dev.overload.dashboard.domain;

/** The screen the web app opens with. */
public enum DefaultView {
    TODAY,
    DASHBOARD,
    PLANS,
    HISTORY,
    PROGRESS,
    WELLNESS
}
