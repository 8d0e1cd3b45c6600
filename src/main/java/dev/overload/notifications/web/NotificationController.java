package dev.overload.notifications.web;

import dev.overload.notifications.Notification;
import dev.overload.notifications.domain.InAppNotifications;
import dev.overload.shared.CurrentUser;
import dev.overload.shared.paging.PageParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "In-app notifications, such as workout reminders")
class NotificationController {

    private final InAppNotifications notifications;

    NotificationController(InAppNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(operationId = "listNotifications",
            summary = "My notifications, newest first (unread=true for unread only)")
    ResponseEntity<List<Notification>> list(CurrentUser caller,
            @RequestParam(defaultValue = "false") boolean unread,
            @Valid @ParameterObject PageParams page) {
        return notifications.list(caller.id(), unread, page).toResponse();
    }

    @PostMapping("/{notificationId}/read")
    @Operation(operationId = "readNotification", summary = "Mark one of my notifications read")
    Notification read(CurrentUser caller, @PathVariable UUID notificationId) {
        return notifications.markRead(caller.id(), notificationId);
    }
}
