package dev.overload.scheduling.domain;

import static dev.overload.shared.SqlValues.instant;

import dev.overload.shared.NotFoundException;
import dev.overload.shared.PageParams;
import dev.overload.shared.ResultPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's in-app notifications, newest first. */
@Component
public class Notifications {

    private static final String COLUMNS = """
            id, kind, title, body, schedule_id, occurrence_start, created_at, read_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ResultPage<NotificationView> list(UUID userId, boolean unreadOnly, PageParams page) {
        String where = " where user_id = :user" + (unreadOnly ? " and read_at is null" : "");
        List<NotificationView> items = jdbc.sql("select " + COLUMNS + " from notifications" + where
                + " order by created_at desc, id desc limit :limit offset :offset")
                .param("user", userId).param("limit", page.limitOrDefault()).param("offset", page.offsetOrDefault())
                .query(Notifications::view).list();
        long total = jdbc.sql("select count(*) from notifications" + where).param("user", userId)
                .query(Long.class).single();
        return new ResultPage<>(items, total);
    }

    /** Marks the notification read (once: a second call keeps the first time). */
    @Transactional
    public NotificationView markRead(UUID userId, UUID notificationId) {
        return jdbc.sql("update notifications set read_at = coalesce(read_at, :now)"
                + " where id = :id and user_id = :user returning " + COLUMNS)
                .param("now", Timestamp.from(clock.instant())).param("id", notificationId).param("user", userId)
                .query(Notifications::view).optional()
                .orElseThrow(() -> new NotFoundException("Notification"));
    }

    /**
     * Records the reminder of one occurrence, unless it was recorded before: the unique (schedule,
     * occurrence) index is the gate that makes each reminder happen once. Empty when it already existed.
     */
    Optional<UUID> remind(UUID userId, UUID scheduleId, Instant occurrenceStart, String title, String body) {
        return jdbc.sql("""
                insert into notifications (user_id, kind, title, body, schedule_id, occurrence_start, created_at)
                values (:user, 'WORKOUT_REMINDER', :title, :body, :schedule, :occurrence, :now)
                on conflict (schedule_id, occurrence_start) do nothing
                returning id""")
                .param("user", userId).param("title", title).param("body", body).param("schedule", scheduleId)
                .param("occurrence", Timestamp.from(occurrenceStart)).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    /** The notification and its owner, for sending it by email. */
    Optional<Addressed> addressed(UUID notificationId) {
        return jdbc.sql("select user_id, " + COLUMNS + " from notifications where id = :id")
                .param("id", notificationId)
                .query((rs, n) -> new Addressed(rs.getObject("user_id", UUID.class), view(rs, n)))
                .optional();
    }

    record Addressed(UUID userId, NotificationView notification) {
    }

    private static NotificationView view(ResultSet rs, int rowNum) throws SQLException {
        return new NotificationView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"),
                rs.getString("body"), rs.getObject("schedule_id", UUID.class), instant(rs, "occurrence_start"),
                instant(rs, "created_at"), instant(rs, "read_at"));
    }

}
