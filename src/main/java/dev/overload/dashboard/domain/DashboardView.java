package dev.overload.dashboard.domain;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** The dashboard as shown: the default view, then each visible widget in order with its data. */
public record DashboardView(DefaultView defaultView, List<Entry> widgets) {

    /** @param data null for a type whose data is not available yet */
    public record Entry(@JsonUnwrapped WidgetView widget, WidgetData data) {
    }
}
