package dev.overload.dashboard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.overload.dashboard.domain.DashboardQueries;
import dev.overload.dashboard.domain.DashboardView;
import dev.overload.dashboard.domain.Dashboards;
import dev.overload.dashboard.domain.DefaultView;
import dev.overload.dashboard.domain.WidgetView;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.units.WeightUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard")
class DashboardController {

    private final Dashboards dashboards;
    private final DashboardQueries queries;

    DashboardController(Dashboards dashboards, DashboardQueries queries) {
        this.dashboards = dashboards;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "getDashboard", summary = "Every visible widget of my dashboard in order, with its "
            + "data in my units and days")
    DashboardResponse get(CurrentUser caller) {
        return new DashboardResponse(queries.dashboard(caller.id(), caller.weightUnit(), caller.timeZone()),
                caller.weightUnit(), caller.timeZone());
    }

    @GetMapping("/preferences")
    @Operation(operationId = "getDashboardPreferences", summary = "The screen the app opens with")
    PreferencesResponse preferences(CurrentUser caller) {
        return new PreferencesResponse(dashboards.defaultView(caller.id()));
    }

    @PutMapping("/preferences")
    @Operation(operationId = "updateDashboardPreferences", summary = "Choose the screen the app opens with")
    PreferencesResponse choose(CurrentUser caller, @Valid @RequestBody PreferencesResponse request) {
        return new PreferencesResponse(dashboards.choose(caller.id(), request.defaultView()));
    }

    @GetMapping("/widgets")
    @Operation(operationId = "listDashboardWidgets", summary = "My widgets in order, hidden ones included")
    List<WidgetView> widgets(CurrentUser caller) {
        return dashboards.widgets(caller.id());
    }

    @PostMapping("/widgets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addDashboardWidget", summary = "Add a widget at a position (last when none is "
            + "given); an E1RM_TREND needs settings.exercise_id")
    ResponseEntity<WidgetView> add(CurrentUser caller, @Valid @RequestBody WidgetRequest request) {
        if (request.widgetType() == null) {
            throw new InvalidFieldException("widget_type", "is required");
        }
        WidgetView widget = dashboards.add(caller.id(), request.toDraft(), request.widgetPosition());
        return ResponseEntity.created(URI.create("/api/dashboard/widgets/" + widget.id())).body(widget);
    }

    @PutMapping("/widgets/{widgetId}")
    @Operation(operationId = "updateDashboardWidget", summary = "Rename, resize, hide, move or reconfigure a "
            + "widget; left-out fields are kept, its type stays")
    WidgetView update(CurrentUser caller, @PathVariable UUID widgetId, @Valid @RequestBody WidgetRequest request) {
        return dashboards.update(caller.id(), widgetId, request.toDraft(), request.widgetPosition());
    }

    @DeleteMapping("/widgets/{widgetId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDashboardWidget", summary = "Remove a widget; the ones after it move up")
    void delete(CurrentUser caller, @PathVariable UUID widgetId) {
        dashboards.remove(caller.id(), widgetId);
    }

    record DashboardResponse(@JsonUnwrapped DashboardView dashboard, WeightUnit weightUnit, ZoneId timeZone) {
    }

    record PreferencesResponse(@NotNull DefaultView defaultView) {
    }
}
