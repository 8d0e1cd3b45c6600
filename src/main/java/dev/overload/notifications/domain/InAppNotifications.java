package dev.overload.notifications.domain;

import static dev.overload.shared.persistence.SqlValues.instant;

import dev.overload.notifications.Notification;
import dev.overload.notifications.Notifications;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.paging.SqlPages;
import java.util.Map;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's in-app notifications, newest first. */
@Component
public class InAppNotifications implements Notifications {

    private static final String COLUMNS = """
            id, kind, title, body, schedule_id, occurrence_start, created_at, read_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    InAppNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ResultPage<Notification> list(UUID userId, boolean unreadOnly, PageParams page) {
        return SqlPages.page(jdbc, COLUMNS,
                "from notifications where user_id = :user" + (unreadOnly ? " and read_at is null" : ""),
                "created_at desc, id desc", Map.of("user", userId), page, InAppNotifications::view);
    }

    /** Marks the notification read (once: a second call keeps the first time). */
    @Transactional
    public Notification markRead(UUID userId, UUID notificationId) {
        return jdbc.sql("update notifications set read_at = coalesce(read_at, :now)"
                + " where id = :id and user_id = :user returning " + COLUMNS)
                .param("now", Timestamp.from(clock.instant())).param("id", notificationId).param("user", userId)
                .query(InAppNotifications::view).optional()
                .orElseThrow(() -> new NotFoundException("Notification"));
    }

    /** The unique (schedule, occurrence) index is the gate that makes each reminder happen once. */
    @Override
    public Optional<UUID> remind(UUID userId, UUID scheduleId, Instant occurrenceStart, String title, String body) {
        return jdbc.sql("""
                insert into notifications (user_id, kind, title, body, schedule_id, occurrence_start, created_at)
                values (:user, 'WORKOUT_REMINDER', :title, :body, :schedule, :occurrence, :now)
                on conflict (schedule_id, occurrence_start) do nothing
                returning id""")
                .param("user", userId).param("title", title).param("body", body).param("schedule", scheduleId)
                .param("occurrence", Timestamp.from(occurrenceStart)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    @Override
    public UUID post(UUID userId, String kind, String title, String body) {
        return jdbc.sql("""
                insert into notifications (user_id, kind, title, body, created_at)
                values (:user, :kind, :title, :body, :now) returning id""")
                .param("user", userId).param("kind", kind).param("title", title).param("body", body)
                .param("now", Timestamp.from(clock.instant())).query(UUID.class).single();
    }

    @Override
    public Optional<Addressed> find(UUID notificationId) {
        return jdbc.sql("select user_id, " + COLUMNS + " from notifications where id = :id")
                .param("id", notificationId)
                .query((rs, n) -> new Addressed(rs.getObject("user_id", UUID.class), view(rs, n)))
                .optional();
    }

    private static Notification view(ResultSet rs, int rowNum) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                rs.getString("body"), rs.getObject("schedule_id", UUID.class), instant(rs, "occurrence_start"),
                instant(rs, "created_at"), instant(rs, "read_at"));
    }

}
