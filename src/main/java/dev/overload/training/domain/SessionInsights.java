package dev.overload.training.domain;

import dev.overload.training.SetStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a session achieved, exercise by exercise, and how that compares with the time before. */
@Component
public class SessionInsights {

    private final SessionQueries queries;
    private final JdbcClient jdbc;

    SessionInsights(SessionQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    public List<ExerciseResult> results(UUID userId, UUID sessionId) {
        SessionView session = queries.session(userId, sessionId);
        Map<UUID, String> names = names(session);
        List<ExerciseResult> results = new ArrayList<>();
        setsByExercise(session.sets()).forEach((exerciseId, sets) -> {
            List<Lift> done = completed(sets);
            Optional<Lift> best = done.stream().filter(lift -> lift.reps() > 0)
                    .max(Comparator.comparing(Lift::estimatedOneRepMax));
            results.add(new ExerciseResult(exerciseId, names.get(exerciseId), sets.size(), done.size(),
                    done.stream().mapToInt(Lift::reps).sum(),
                    done.stream().map(Lift::volume).reduce(BigDecimal.ZERO, BigDecimal::add),
                    best.map(lift -> new ExerciseResult.BestSet(lift.setId(), lift.reps(), lift.weightKg(),
                            lift.estimatedOneRepMax())).orElse(null)));
        });
        return results;
    }

    public List<ExerciseAnalysis> analysis(UUID userId, UUID sessionId) {
        SessionView session = queries.session(userId, sessionId);
        Map<UUID, String> names = names(session);
        Map<UUID, List<SessionView.Set>> current = setsByExercise(session.sets());
        Map<UUID, Previous> previous = previous(userId, session, current.keySet());
        List<ExerciseAnalysis> analyses = new ArrayList<>();
        current.forEach((exerciseId, sets) -> {
            Previous before = previous.get(exerciseId);
            analyses.add(before == null
                    ? new ExerciseAnalysis(exerciseId, names.get(exerciseId), null, null, null, null, null, null, null,
                            null, "first_time")
                    : SessionComparison.compare(exerciseId, names.get(exerciseId), before.sessionId(),
                            completed(sets), before.lifts()));
        });
        return analyses;
    }

    /** For each exercise, its lifts in the latest completed session dated before this one. */
    private Map<UUID, Previous> previous(UUID userId, SessionView session, Set<UUID> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Previous> previous = new HashMap<>();
        jdbc.sql("""
                with last as (
                    select distinct on (se.exercise_id) se.exercise_id, s.id as session_id
                    from session_exercises se join training_sessions s on s.id = se.training_session_id
                    where se.user_id = :user and se.exercise_id = any(:exercises) and s.status = 'COMPLETED'
                      and s.id <> :session and s.session_date <= :date
                    order by se.exercise_id, s.session_date desc, s.id desc)
                select last.exercise_id, last.session_id, ss.id, ss.status, ss.actual_reps, ss.actual_weight
                from last
                join session_exercises se on se.training_session_id = last.session_id
                     and se.exercise_id = last.exercise_id
                join session_sets ss on ss.session_exercise_id = se.id""")
                .param("user", userId)
                .param("exercises", exerciseIds.toArray(UUID[]::new))
                .param("session", session.id())
                .param("date", java.sql.Timestamp.from(session.session().sessionDate()))
                .query((rs, n) -> {
                    UUID exerciseId = rs.getObject(1, UUID.class);
                    UUID previousSessionId = rs.getObject(2, UUID.class);
                    Previous before = previous.computeIfAbsent(exerciseId,
                            id -> new Previous(previousSessionId, new ArrayList<>()));
                    if (SetStatus.valueOf(rs.getString(4)) == SetStatus.COMPLETED && rs.getObject(5) != null) {
                        before.lifts().add(new Lift(uuid(rs, 3), rs.getInt(5),
                                rs.getBigDecimal(6) == null ? BigDecimal.ZERO : rs.getBigDecimal(6)));
                    }
                    return null;
                }).list();
        return previous;
    }

    private static UUID uuid(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Map<UUID, List<SessionView.Set>> setsByExercise(List<SessionView.Set> sets) {
        Map<UUID, List<SessionView.Set>> byExercise = new LinkedHashMap<>();
        sets.forEach(set -> byExercise.computeIfAbsent(set.exerciseId(), id -> new ArrayList<>()).add(set));
        return byExercise;
    }

    private static List<Lift> completed(List<SessionView.Set> sets) {
        return sets.stream()
                .filter(set -> set.status() == SetStatus.COMPLETED && set.actualReps() != null)
                .map(set -> new Lift(set.id(), set.actualReps(),
                        set.actualWeightKg() == null ? BigDecimal.ZERO : set.actualWeightKg()))
                .toList();
    }

    private static Map<UUID, String> names(SessionView session) {
        Map<UUID, String> names = new HashMap<>();
        session.exercises().forEach(exercise -> names.put(exercise.exerciseId(), exercise.exerciseName()));
        return names;
    }

    private record Previous(UUID sessionId, List<Lift> lifts) {
    }
}
