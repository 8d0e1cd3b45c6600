package dev.overload.dashboard.domain;

import dev.overload.shared.ordering.Positions;
import dev.overload.shared.persistence.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A user's dashboard (seed 001's dashboard_preferences): the default view and the widgets, densely ordered. */
@Entity
@Table(name = "dashboard_preferences")
class Dashboard extends AuditedEntity {

    static final int MAX_WIDGETS = 30;

    private UUID userId;
    @Enumerated(EnumType.STRING)
    private DefaultView defaultView = DefaultView.TODAY;

    @OneToMany(mappedBy = "dashboard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OnDelete(action = OnDeleteAction.CASCADE)
    @OrderBy("position")
    private List<Widget> widgets = new ArrayList<>();

    protected Dashboard() {
    }

    Widget add(WidgetDraft draft, Integer position) {
        Widget widget = new Widget(this, draft);
        Positions.insert(widgets, widget, position, "widget_position", MAX_WIDGETS,
                "A dashboard has at most " + MAX_WIDGETS + " widgets");
        return widget;
    }

    void move(Widget widget, Integer position) {
        Positions.move(widgets, widget, position, "widget_position");
    }

    void remove(Widget widget) {
        Positions.remove(widgets, widget);
    }

    Optional<Widget> widget(UUID widgetId) {
        return widgets.stream().filter(widget -> widget.getId().equals(widgetId)).findFirst();
    }

    void show(DefaultView view) {
        defaultView = view;
    }

    UUID userId() {
        return userId;
    }

    DefaultView defaultView() {
        return defaultView;
    }

    List<Widget> widgets() {
        return widgets;
    }
}
