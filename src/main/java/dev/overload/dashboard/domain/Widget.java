package dev.overload.dashboard.domain;

import dev.overload.shared.ordering.Ordered;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** One widget of a dashboard: what it shows, where, how large, and its settings. */
@Entity
@Table(name = "dashboard_widgets")
class Widget extends AuditedEntity implements Ordered {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dashboard_id")
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Dashboard dashboard;
    private UUID userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "widget_type")
    private WidgetType type;
    @Column(name = "widget_title")
    private String title;
    @Column(name = "widget_position")
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "widget_size")
    private WidgetSize size = WidgetSize.MEDIUM;
    @Column(name = "is_visible")
    private boolean visible = true;
    private UUID exerciseId;
    private Integer rangeWeeks;
    private Integer itemLimit;

    protected Widget() {
    }

    Widget(Dashboard dashboard, WidgetDraft draft) {
        this.dashboard = dashboard;
        this.userId = dashboard.userId();
        this.type = draft.type();
        apply(draft);
    }

    /** Null fields keep their value; the type stays what it was made as. */
    void apply(WidgetDraft draft) {
        title = draft.title() != null ? draft.title() : title;
        size = draft.size() != null ? draft.size() : size;
        visible = draft.visible() != null ? draft.visible() : visible;
        exerciseId = draft.exerciseId() != null ? draft.exerciseId() : exerciseId;
        rangeWeeks = draft.weeks() != null ? draft.weeks() : rangeWeeks;
        itemLimit = draft.limit() != null ? draft.limit() : itemLimit;
    }

    @Override
    public void position(int index) {
        position = index;
    }

    WidgetView view() {
        return new WidgetView(getId(), type, title, position, size, visible,
                new WidgetView.Settings(exerciseId, rangeWeeks, itemLimit));
    }

    WidgetType type() {
        return type;
    }

    boolean visible() {
        return visible;
    }

    /** The weeks the widget looks back, or the type's default. */
    int weeks(int byDefault) {
        return rangeWeeks != null ? rangeWeeks : byDefault;
    }

    int limit(int byDefault) {
        return itemLimit != null ? itemLimit : byDefault;
    }

    UUID exerciseId() {
        return exerciseId;
    }
}
