package dev.overload.dashboard.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A widget as configured; seed 001's field names. */
public record WidgetView(UUID id, WidgetType widgetType, @Nullable String widgetTitle, int widgetPosition,
        WidgetSize widgetSize, @JsonProperty("is_visible") boolean visible, Settings settings) {

    /** @param weeks null: the type's default; see {@link WidgetDraft} */
    public record Settings(@Nullable UUID exerciseId, @Nullable Integer weeks, @Nullable Integer limit) {
    }
}
