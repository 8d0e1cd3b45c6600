package dev.overload.dashboard.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's dashboard settings and widgets. Every account has a dashboard: it is made, with a sensible set of
 * widgets, the first time it is asked for. Changes lock the dashboard, so widget positions stay 1..n.
 */
@Service
public class Dashboards {

    /** What a new account sees: what to train next, how training has gone, how the user is, what goes together. */
    static final List<WidgetDraft> DEFAULT_WIDGETS = List.of(
            new WidgetDraft(WidgetType.NEXT_WORKOUT, "Next workout", WidgetSize.MEDIUM, true, null, null, null),
            new WidgetDraft(WidgetType.WEEKLY_VOLUME, "Weekly volume", WidgetSize.LARGE, true, null, 12, null),
            new WidgetDraft(WidgetType.ADHERENCE_STREAK, "Consistency", WidgetSize.SMALL, true, null, 4, null),
            new WidgetDraft(WidgetType.RECENT_RECORDS, "Recent records", WidgetSize.MEDIUM, true, null, null, 5),
            new WidgetDraft(WidgetType.MUSCLE_SETS, "Hard sets this week", WidgetSize.MEDIUM, true, null, 1, null),
            new WidgetDraft(WidgetType.WELLNESS_TODAY, "Today", WidgetSize.SMALL, true, null, null, null),
            new WidgetDraft(WidgetType.BODY_WEIGHT_TREND, "Body weight", WidgetSize.MEDIUM, true, null, 12, null),
            new WidgetDraft(WidgetType.TOP_INSIGHT, "What goes together", WidgetSize.MEDIUM, true, null, null,
                    null));

    private final DashboardRepository dashboards;
    private final ExerciseCatalog catalog;
    private final JdbcClient jdbc;

    Dashboards(DashboardRepository dashboards, ExerciseCatalog catalog, JdbcClient jdbc) {
        this.dashboards = dashboards;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Transactional
    public DefaultView defaultView(UUID userId) {
        return existing(userId).defaultView();
    }

    @Transactional
    public DefaultView choose(UUID userId, DefaultView view) {
        Dashboard dashboard = forChange(userId);
        dashboard.show(view);
        return dashboard.defaultView();
    }

    @Transactional
    public List<WidgetView> widgets(UUID userId) {
        return existing(userId).widgets().stream().map(Widget::view).toList();
    }

    @Transactional
    public WidgetView add(UUID userId, WidgetDraft draft, Integer position) {
        requireSettings(userId, draft, true);
        return forChange(userId).add(draft, position).view();
    }

    @Transactional
    public WidgetView update(UUID userId, UUID widgetId, WidgetDraft draft, Integer position) {
        Dashboard dashboard = forChange(userId);
        Widget widget = dashboard.widget(widgetId).orElseThrow(() -> new NotFoundException("Widget"));
        requireSettings(userId, draft, false);
        widget.apply(draft);
        dashboard.move(widget, position);
        return widget.view();
    }

    @Transactional
    public void remove(UUID userId, UUID widgetId) {
        Dashboard dashboard = forChange(userId);
        dashboard.remove(dashboard.widget(widgetId).orElseThrow(() -> new NotFoundException("Widget")));
    }

    /** An estimated-1RM trend follows one exercise the user may use; no other type needs one. */
    private void requireSettings(UUID userId, WidgetDraft draft, boolean creating) {
        if (creating && draft.type() == WidgetType.E1RM_TREND && draft.exerciseId() == null) {
            throw new InvalidFieldException("settings.exercise_id", "is required for an E1RM_TREND widget");
        }
        if (draft.exerciseId() != null && catalog.visibleTo(userId, List.of(draft.exerciseId())).isEmpty()) {
            throw new InvalidFieldException("settings.exercise_id", "is not an exercise you can use");
        }
    }

    Dashboard existing(UUID userId) {
        return dashboards.findByUserId(userId).orElseGet(() -> {
            create(userId);
            return dashboards.findByUserId(userId).orElseThrow();
        });
    }

    private Dashboard forChange(UUID userId) {
        return dashboards.findForChange(userId).orElseGet(() -> {
            create(userId);
            return dashboards.findForChange(userId).orElseThrow();
        });
    }

    /** Makes the user's dashboard unless it exists; of two requests making it at once, one makes it. */
    private void create(UUID userId) {
        jdbc.sql("insert into dashboard_preferences (user_id) values (:user) on conflict (user_id) do nothing "
                + "returning id")
                .param("user", userId).query(UUID.class).optional()
                .ifPresent(created -> {
                    Dashboard dashboard = dashboards.findForChange(userId).orElseThrow();
                    DEFAULT_WIDGETS.forEach(widget -> dashboard.add(widget, null));
                });
    }
}
