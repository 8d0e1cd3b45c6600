package dev.overload.dashboard.domain;

public enum WidgetSize {
    SMALL,
    MEDIUM,
    LARGE
}
