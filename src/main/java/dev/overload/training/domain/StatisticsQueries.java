package dev.overload.training.domain;

import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseMuscles;
import dev.overload.shared.DateRange;
import dev.overload.training.RecordType;
import dev.overload.training.TrainingStatistics;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import dev.overload.shared.paging.PageParams;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training statistics in SQL: completed sessions and their completed sets, days taken in the user's time zone
 * ({@code session_date at time zone}), each method one or two statements (hard sets per muscle group ask the
 * catalog which muscles each exercise works). Volume and the summary read the sessions' totals, hard sets and
 * estimated 1RMs the sessions' exercise totals ({@link SessionTotals}), the rest the sets.
 */
@Component
class StatisticsQueries implements TrainingStatistics {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** The user's completed sessions of the range, whose totals ({@link SessionTotals}) stand for their sets. */
    private static final String COMPLETED_SESSIONS = """
            from training_sessions s
            where s.user_id = :user and s.status = 'COMPLETED' and s.session_date >= :from and s.session_date < :to""";

    private final JdbcClient jdbc;
    private final ExerciseCatalog catalog;
    private final RecordQueries records;
    private final Clock clock;

    StatisticsQueries(JdbcClient jdbc, ExerciseCatalog catalog, RecordQueries records, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public List<VolumePoint> volume(UUID userId, DateRange range, ZoneId zone, Period period) {
        String unit = period == Period.WEEK ? "week" : "day";
        return jdbc.sql("""
                with sessions as (
                    select date_trunc('%1$s', s.session_date at time zone :zone)::date as start, s.volume_kg,
                           s.completed_sets
                    %2$s)
                select p.start::date, coalesce(sum(sessions.volume_kg), 0), coalesce(sum(sessions.completed_sets), 0)
                from generate_series(date_trunc('%1$s', :first::date), :last::date, interval '1 %1$s') as p(start)
                left join sessions on sessions.start = p.start::date
                group by p.start order by p.start""".formatted(unit, COMPLETED_SESSIONS))
                .params(window(userId, range, zone))
                .query((rs, n) -> new VolumePoint(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        rs.getInt(3)))
                .list();
    }

    @Override
    public List<MuscleGroupSets> hardSets(UUID userId, DateRange range, ZoneId zone) {
        record ExerciseWeek(LocalDate week, UUID exerciseId, long sets) {
        }
        List<ExerciseWeek> rows = jdbc.sql("""
                select date_trunc('week', t.session_date at time zone :zone)::date, t.exercise_id, sum(t.hard_sets)
                from session_exercise_totals t
                where t.user_id = :user and t.hard_sets > 0 and t.session_date >= :from and t.session_date < :to
                group by 1, 2""")
                .params(window(userId, range, zone))
                .query((rs, n) -> new ExerciseWeek(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                        rs.getLong(3)))
                .list();
        Map<UUID, ExerciseMuscles> exercises = catalog.muscles(rows.stream().map(ExerciseWeek::exerciseId)
                .distinct().toList());
        Map<LocalDate, Map<String, BigDecimal>> byWeek = new TreeMap<>();
        for (ExerciseWeek row : rows) {
            ExerciseMuscles exercise = exercises.get(row.exerciseId());
            Map<String, BigDecimal> week = byWeek.computeIfAbsent(row.week(), ignored -> new TreeMap<>());
            BigDecimal sets = BigDecimal.valueOf(row.sets());
            week.merge(exercise.primaryMuscleGroup(), sets, BigDecimal::add);
            exercise.secondaryMuscleGroups()
                    .forEach(muscle -> week.merge(muscle, sets.multiply(HALF), BigDecimal::add));
        }
        List<MuscleGroupSets> result = new ArrayList<>();
        byWeek.forEach((week, muscles) -> muscles.forEach((muscle, sets) -> result
                .add(new MuscleGroupSets(week, muscle, sets.stripTrailingZeros()))));
        result.sort(Comparator.comparing(MuscleGroupSets::week)
                .thenComparing(MuscleGroupSets::hardSets, Comparator.reverseOrder())
                .thenComparing(MuscleGroupSets::muscleGroup));
        return result;
    }

    @Override
    public Map<UUID, List<E1rmPoint>> estimatedOneRepMax(UUID userId, Collection<UUID> exerciseIds, DateRange range,
            ZoneId zone) {
        Map<UUID, List<E1rmPoint>> points = new HashMap<>();
        exerciseIds.forEach(id -> points.put(id, new ArrayList<>()));
        if (exerciseIds.isEmpty()) {
            return points;
        }
        jdbc.sql("""
                select t.exercise_id, t.training_session_id, (t.session_date at time zone :zone)::date, t.e1rm_kg,
                       t.e1rm_weight_kg, t.e1rm_reps
                from session_exercise_totals t
                where t.user_id = :user and t.exercise_id = any(:exercises) and t.e1rm_kg is not null
                  and t.session_date >= :from and t.session_date < :to
                order by t.training_session_id""")
                .params(window(userId, range, zone)).param("exercises", exerciseIds.toArray(UUID[]::new))
                .query(rs -> {
                    points.get(rs.getObject(1, UUID.class)).add(new E1rmPoint(rs.getObject(2, UUID.class),
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6)));
                });
        points.values().forEach(list -> list.sort(Comparator.comparing(E1rmPoint::day)));
        return points;
    }

    @Override
    public List<RecentRecord> recentRecords(UUID userId, int limit) {
        return records.personalRecords(userId, null, null, new PageParams(limit, 0, null)).items().stream()
                .map(record -> new RecentRecord(record.exerciseId(), record.exerciseName(), record.type(),
                        record.value(), record.weightKg(), record.reps(), record.achievedAt()))
                .toList();
    }

    @Override
    public TrainingSummary summary(UUID userId, DateRange range, ZoneId zone) {
        Map<String, Object> params = new HashMap<>(window(userId, range, zone));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        // a streak is current when its last week is this one or the one before
        params.put("lastWeek", today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1));
        // Weeks with a completed session, in runs of consecutive weeks ("gaps and islands").
        return jdbc.sql("""
                with weeks as (
                    select distinct date_trunc('week', session_date at time zone :zone)::date as week
                    from training_sessions where user_id = :user and status = 'COMPLETED'),
                runs as (select week, week - 7 * row_number() over (order by week)::int as run from weeks),
                streaks as (select max(week) as last, count(*) as weeks from runs group by run)
                select count(*), coalesce(sum(s.completed_sets), 0), coalesce(sum(s.volume_kg), 0),
                       coalesce(sum(s.duration_minutes), 0),
                       round(sum(s.rir_total)::numeric / nullif(sum(s.rir_sets), 0), 1),
                       (select count(*) from personal_records r where r.user_id = :user
                          and r.achieved_at >= :from and r.achieved_at < :to),
                       (select coalesce(max(weeks), 0) from streaks where last >= :lastWeek),
                       (select coalesce(max(weeks), 0) from streaks)
                """ + COMPLETED_SESSIONS)
                .params(params)
                .query((rs, n) -> new TrainingSummary(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .single();
    }

    @Override
    public List<TrainedDay> days(UUID userId, DateRange range, ZoneId zone) {
        return jdbc.sql("""
                with sets as (
                    select s.id as session_id, (s.session_date at time zone :zone)::date as day, se.exercise_id,
                           %3$s as volume, ss.rir,
                           %1$s as hard,
                           case when ss.actual_reps > 0 and ss.actual_weight > 0 then %2$s end as e1rm
                    from training_sessions s
                    join session_sets ss on ss.training_session_id = s.id
                    join session_exercises se on se.id = ss.session_exercise_id
                    where s.user_id = :user and s.status = 'COMPLETED' and ss.status = 'COMPLETED'
                      and s.session_date < :to),
                bests as (
                    select day, exercise_id, max(e1rm) as e1rm from sets where e1rm is not null
                    group by day, exercise_id),
                changes as (
                    select day, e1rm / lag(e1rm) over (partition by exercise_id order by day) - 1 as change
                    from bests)
                select d.day, count(distinct d.session_id), sum(d.volume), count(*),
                       count(*) filter (where d.hard), round(avg(d.rir), 2),
                       (select round(100 * avg(c.change), 2) from changes c where c.day = d.day)
                from sets d where d.day >= :first
                group by d.day order by d.day""".formatted(SetFormulas.HARD, SetFormulas.EPLEY, SetFormulas.VOLUME))
                .params(window(userId, range, zone))
                .query((rs, n) -> new TrainedDay(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        rs.getBigDecimal(3), rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7)))
                .list();
    }

    @Override
    public List<WeekTotals> weeks(UUID userId, DateRange range, ZoneId zone) {
        record Row(LocalDate week, UUID exerciseId, boolean total, int sessions, int sets, int hard,
                BigDecimal volume) {
        }
        // A session without a completed set still counts as a session of its week (left joins).
        List<Row> rows = jdbc.sql("""
                with sets as (
                    select date_trunc('week', s.session_date at time zone :zone)::date as week, s.id as session_id,
                           se.exercise_id, ss.id as set_id, %s as volume, %s as hard
                    from training_sessions s
                    left join session_sets ss on ss.training_session_id = s.id and ss.status = 'COMPLETED'
                    left join session_exercises se on se.id = ss.session_exercise_id
                    where s.user_id = :user and s.status = 'COMPLETED'
                      and s.session_date >= :from and s.session_date < :to)
                select week, exercise_id, grouping(exercise_id) = 1 as total, count(distinct session_id),
                       count(set_id), count(set_id) filter (where hard), coalesce(sum(volume), 0)
                from sets group by grouping sets ((week), (week, exercise_id))
                order by week, 3 desc, 7 desc, 2""".formatted(SetFormulas.VOLUME, SetFormulas.HARD))
                .params(window(userId, range, zone))
                .query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                        rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7)))
                .list();
        List<WeekTotals> weeks = new ArrayList<>();
        for (Row row : rows) {
            if (row.total()) {
                weeks.add(new WeekTotals(row.week(), row.sessions(), row.sets(), row.hard(), row.volume(),
                        new ArrayList<>()));
            } else if (row.exerciseId() != null) {
                weeks.getLast().exercises().add(new ExerciseTotals(row.exerciseId(), row.sessions(), row.sets(),
                        row.hard(), row.volume()));
            }
        }
        return weeks;
    }

    @Override
    public List<RecentRecord> recordsSet(UUID userId, DateRange range, ZoneId zone, UUID exerciseId) {
        Map<String, Object> params = new HashMap<>(window(userId, range, zone));
        if (exerciseId != null) {
            params.put("exercise", exerciseId);
        }
        List<RecentRecord> rows = jdbc.sql("""
                select * from (
                    select distinct on (exercise_id, record_type,
                                        case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end)
                           exercise_id, record_type, record_value, weight, reps, achieved_at
                    from personal_records
                    where user_id = :user and achieved_at >= :from and achieved_at < :to %s
                    order by exercise_id, record_type, case when record_type = 'MOST_REPS_AT_WEIGHT' then weight end,
                             record_value desc, achieved_at) as best
                order by achieved_at desc, exercise_id, record_type"""
                .formatted(exerciseId == null ? "" : "and exercise_id = :exercise"))
                .params(params)
                .query((rs, n) -> new RecentRecord(rs.getObject("exercise_id", UUID.class), null,
                        RecordType.valueOf(rs.getString("record_type")), rs.getBigDecimal("record_value"),
                        rs.getBigDecimal("weight"), rs.getObject("reps", Integer.class),
                        dev.overload.shared.persistence.SqlValues.instant(rs, "achieved_at")))
                .list();
        Map<UUID, String> names = catalog.names(rows.stream().map(RecentRecord::exerciseId).distinct().toList());
        return rows.stream().map(record -> new RecentRecord(record.exerciseId(), names.get(record.exerciseId()),
                record.type(), record.value(), record.weightKg(), record.reps(), record.achievedAt())).toList();
    }

    /** The range's bounds as instants in the user's zone, and the days themselves. */
    private static Map<String, Object> window(UUID userId, DateRange range, ZoneId zone) {
        return Map.of("user", userId, "zone", zone.getId(),
                "from", Timestamp.from(range.from().atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(range.to().plusDays(1).atStartOfDay(zone).toInstant()),
                "first", range.from(), "last", range.to());
    }
}
