package dev.overload.scheduling.web;

import dev.overload.scheduling.domain.CalendarFeeds;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.errors.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(name = "Schedules", description = "Workouts placed in the calendar, their occurrences, and the calendar feed")
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final String publicUrl;

    CalendarController(CalendarFeeds feeds, @Value("${overload.public-url}") String publicUrl) {
        this.feeds = feeds;
        this.publicUrl = publicUrl;
    }

    @PostMapping("/api/users/me/calendar-token")
    @Operation(operationId = "rotateCalendarToken", summary = "A new secret URL for my calendar feed, for Google or "
            + "Apple Calendar to subscribe to; the previous URL stops working")
    CalendarTokenResponse rotate(CurrentUser caller) {
        String token = feeds.rotateToken(caller.id());
        String url = UriComponentsBuilder.fromUriString(publicUrl).path("/api/calendar.ics")
                .queryParam("token", token).build().toUriString();
        return new CalendarTokenResponse(token, url);
    }

    @GetMapping(value = "/api/calendar.ics", produces = "text/calendar")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The feed, as iCalendar (RFC 5545)")
    @ApiResponse(responseCode = "404", description = "No feed has this token (it was rotated, or never existed)")
    @Operation(operationId = "getCalendarFeed", summary = "My scheduled workouts as an iCalendar feed, opened by the "
            + "feed's secret token instead of a bearer token")
    ResponseEntity<String> feed(@RequestParam String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> new NotFoundException("Calendar feed"));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore()).body(calendar);
    }

    record CalendarTokenResponse(String token, String url) {
    }
}
