package dev.overload.dashboard.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.overload.dashboard.domain.WidgetDraft;
import dev.overload.dashboard.domain.WidgetSize;
import dev.overload.dashboard.domain.WidgetType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A widget (seed 001's dashboard_widgets). {@code widget_type} is required when adding and cannot change;
 * on update a left-out field keeps its value. {@code widget_position} inserts or moves (1-based, the others
 * shift); left out on add, the widget goes last.
 */
record WidgetRequest(WidgetType widgetType, @Size(max = 100) String widgetTitle, @Min(1) Integer widgetPosition,
        WidgetSize widgetSize, @JsonProperty("is_visible") Boolean visible, @Valid Settings settings) {

    /** @param weeks how many weeks back (1–260); @param limit how many items (1–50) */
    record Settings(UUID exerciseId, @Min(1) @Max(260) Integer weeks, @Min(1) @Max(50) Integer limit) {
    }

    WidgetDraft toDraft() {
        Settings given = settings != null ? settings : new Settings(null, null, null);
        return new WidgetDraft(widgetType, widgetTitle, widgetSize, visible, given.exerciseId(), given.weeks(),
                given.limit());
    }
}
