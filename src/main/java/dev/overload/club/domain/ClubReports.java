package dev.overload.club.domain;

import dev.overload.identity.UserCard;
import dev.overload.identity.Users;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.training.TrainingSessions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The club's reports, aggregated in PostgreSQL in at most two statements each (one of the club's, and one of
 * training's API where sessions count or of identity's where trainers are named): an administrator's cover the
 * whole club, a trainer's their own clients; anyone else may not read them (403). Current clients only (not
 * removed ones).
 */
@Service
public class ClubReports {

    private static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final Users users;
    private final TrainingSessions sessions;
    private final ClubSettings settings;
    private final Clock clock;

    ClubReports(JdbcClient jdbc, Users users, TrainingSessions sessions, ClubSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    public record LevelCount(AccessLevel accessLevel, long activeClients) {
    }

    /** Monthly recurring revenue: the prices of the memberships active clients hold, per level. */
    public record LevelRevenue(AccessLevel accessLevel, long activeClients, BigDecimal monthlyRevenue,
            String currency) {
    }

    public record TrainerWeek(@Nullable UUID trainerId, @Nullable String trainerUsername, LocalDate weekStart,
            long trainings) {
    }

    /** @param rate done / planned, null when none was planned */
    public record Attendance(UUID clientId, String firstName, String lastName, long planned, long done,
            @Nullable Double rate) {
    }

    /** @param lastSessionAt null when the client never completed a session */
    public record Idle(UUID clientId, UUID userId, String firstName, String lastName, @Nullable Instant lastSessionAt) {
    }

    @Transactional(readOnly = true)
    public List<LevelCount> activeClients(ReportScope scope) {
        return jdbc
                .sql("""
                        select m.access_level, count(*) from club_clients c join club_memberships m on m.id = c.membership_id
                        where c.deleted_at is null and c.status = 'ACTIVE' and (:trainer::uuid is null or c.trainer_id = :trainer)
                        group by m.access_level order by m.access_level""")
                .param("trainer", scope.trainerId())
                .query((rs, n) -> new LevelCount(AccessLevel.valueOf(rs.getString(1)), rs.getLong(2))).list();
    }

    @Transactional(readOnly = true)
    public List<LevelRevenue> monthlyRevenue(ReportScope scope) {
        String currency = settings.get().currency();
        return jdbc
                .sql("""
                        select m.access_level, count(*), sum(m.price)
                        from club_clients c join club_memberships m on m.id = c.membership_id
                        where c.deleted_at is null and c.status = 'ACTIVE' and (:trainer::uuid is null or c.trainer_id = :trainer)
                        group by m.access_level order by m.access_level""")
                .param("trainer", scope.trainerId())
                .query((rs, n) -> new LevelRevenue(AccessLevel.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getBigDecimal(3), currency))
                .list();
    }

    /** Dated trainings of the clients per their trainer and ISO week (weeks start on Monday). */
    @Transactional(readOnly = true)
    public List<TrainerWeek> trainingsPerTrainer(ReportScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        record Row(@Nullable UUID trainerId, LocalDate week, long trainings) {
        }
        List<Row> rows = jdbc.sql("""
                select c.trainer_id, date_trunc('week', t.date)::date as week, count(*)
                from club_trainings t join club_clients c on c.id = t.client_id
                where c.deleted_at is null and t.date between :from and :to
                  and (:trainer::uuid is null or c.trainer_id = :trainer)
                group by c.trainer_id, week""")
                .param("from", from).param("to", to).param("trainer", scope.trainerId())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
        Map<UUID, UserCard> trainers = users.cards(rows.stream().map(Row::trainerId).filter(Objects::nonNull)
                .distinct().toList());
        return rows.stream()
                .map(row -> new TrainerWeek(row.trainerId(), row.trainerId() == null || !trainers.containsKey(
                        row.trainerId()) ? null : trainers.get(row.trainerId()).username(), row.week(),
                        row.trainings()))
                .sorted(Comparator.comparing(TrainerWeek::trainerUsername, Comparator.nullsLast(
                        Comparator.naturalOrder())).thenComparing(TrainerWeek::weekStart))
                .toList();
    }

    /** Per client: trainings dated in [from, to] and how many of them a completed session trained. */
    @Transactional(readOnly = true)
    public List<Attendance> attendance(ReportScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        record Planned(UUID clientId, String firstName, String lastName, UUID planId) {
        }
        List<Planned> planned = jdbc.sql("""
                select c.id, c.first_name, c.last_name, t.plan_id
                from club_trainings t join club_clients c on c.id = t.client_id
                where c.deleted_at is null and t.date between :from and :to
                  and (:trainer::uuid is null or c.trainer_id = :trainer)
                order by lower(c.last_name), lower(c.first_name), c.id""")
                .param("from", from).param("to", to).param("trainer", scope.trainerId())
                .query((rs, n) -> new Planned(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .list();
        Set<UUID> done = sessions.completedPlans(planned.stream().map(Planned::planId).toList());
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        Map<UUID, Planned> clients = new HashMap<>();
        for (Planned training : planned) {
            long[] count = counts.computeIfAbsent(training.clientId(), id -> new long[2]);
            count[0]++;
            count[1] += done.contains(training.planId()) ? 1 : 0;
            clients.putIfAbsent(training.clientId(), training);
        }
        List<Attendance> attendance = new ArrayList<>();
        counts.forEach((clientId, count) -> attendance.add(new Attendance(clientId, clients.get(clientId).firstName(),
                clients.get(clientId).lastName(), count[0], count[1], (double) count[1] / count[0])));
        return attendance;
    }

    /** Active clients without a completed session in the last {@code days} days, longest idle first. */
    @Transactional(readOnly = true)
    public List<Idle> idleClients(ReportScope scope, int days) {
        checkDays(days);
        List<Idle> active = jdbc.sql("""
                select c.id, c.user_id, c.first_name, c.last_name from club_clients c
                where c.deleted_at is null and c.status = 'ACTIVE'
                  and (:trainer::uuid is null or c.trainer_id = :trainer)""")
                .param("trainer", scope.trainerId())
                .query((rs, n) -> new Idle(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), null))
                .list();
        Map<UUID, Instant> last = sessions.lastCompleted(active.stream().map(Idle::userId).toList());
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return active.stream()
                .filter(client -> last.get(client.userId()) == null || last.get(client.userId()).isBefore(since))
                .map(client -> new Idle(client.clientId(), client.userId(), client.firstName(), client.lastName(),
                        last.get(client.userId())))
                .sorted(Comparator.comparing(Idle::lastSessionAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Idle::clientId))
                .toList();
    }

    static void checkDays(int days) {
        if (days < 1 || days > 3650) {
            throw new InvalidFieldException("days", "must be between 1 and 3650");
        }
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidFieldException("to", "must be at most " + MAX_DAYS + " days after from");
        }
    }
}
