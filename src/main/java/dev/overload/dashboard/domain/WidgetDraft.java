package dev.overload.dashboard.domain;

import java.util.UUID;

/**
 * A widget as a client describes it. On update a null field keeps its value; the settings a type does not
 * take are ignored for it.
 *
 * @param exerciseId the exercise an E1RM_TREND follows
 * @param weeks how far back a trend or count looks (1–260; each type has a default)
 * @param limit how many items a list shows (1–50)
 */
public record WidgetDraft(WidgetType type, String title, WidgetSize size, Boolean visible, UUID exerciseId,
        Integer weeks, Integer limit) {
}
