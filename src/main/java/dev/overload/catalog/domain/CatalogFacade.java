package dev.overload.catalog.domain;

import dev.overload.catalog.CustomExercise;
import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseMuscles;
import dev.overload.catalog.ExerciseSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CatalogFacade implements ExerciseCatalog {

    private final ExerciseQueries queries;
    private final Exercises exercises;
    private final ReferenceData referenceData;
    private final JdbcClient jdbc;

    CatalogFacade(ExerciseQueries queries, Exercises exercises, ReferenceData referenceData, JdbcClient jdbc) {
        this.queries = queries;
        this.exercises = exercises;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, ExerciseSummary> visibleTo(UUID viewerId, Collection<UUID> ids) {
        return queries.summaries(viewerId, ids);
    }

    @Override
    public List<ExerciseSummary> usableBy(UUID userId) {
        return queries.usableBy(userId);
    }

    @Override
    public Map<UUID, ExerciseSummary> summaries(Collection<UUID> ids) {
        return queries.summaries(null, ids);
    }

    @Override
    public Map<UUID, ExerciseMuscles> muscles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ExerciseMuscles> muscles = new HashMap<>();
        jdbc.sql("""
                select e.id, p.slug,
                       array(select m.slug from exercise_secondary_muscles s
                             join muscle_groups m on m.id = s.muscle_group_id
                             where s.exercise_id = e.id order by m.slug)
                from exercises e join muscle_groups p on p.id = e.primary_muscle_group_id
                where e.id = any(:ids)""")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> muscles.put(rs.getObject(1, UUID.class), new ExerciseMuscles(rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()))))
                .list();
        return muscles;
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name from exercises where id = any(:ids)")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return names;
    }

    @Override
    @Transactional
    public Map<UUID, UUID> adopt(UUID userId, Collection<UUID> exerciseIds) {
        Set<UUID> usable = queries.summaries(userId, exerciseIds).keySet();
        return exercises.copyForUser(userId, exerciseIds.stream().filter(id -> !usable.contains(id)).toList());
    }

    @Override
    @Transactional
    public UUID createCustom(UUID userId, CustomExercise exercise) {
        return exercises.createCustom(userId, new ExerciseDraft(exercise.name(), exercise.description(),
                exercise.category(), exercise.type(), null, exercise.primaryMuscleGroup(), List.of(),
                exercise.equipment()));
    }

    @Override
    public Set<String> muscleGroups() {
        return referenceData.muscleGroups().stream().map(MuscleGroup::slug)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> equipment() {
        return referenceData.equipment().stream().map(Equipment::slug)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> bodyParts() {
        return referenceData.bodyParts();
    }

    /** One statement for all exercises: an upsert that counts and keeps the latest use. */
    @Override
    @Transactional
    public void recordUsage(UUID userId, Collection<UUID> exerciseIds, Instant usedAt) {
        if (exerciseIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into exercise_usage (user_id, exercise_id, usage_count, last_used_at)
                select :user, id, 1, :at from unnest(:ids) as id
                on conflict (user_id, exercise_id) do update
                set usage_count = exercise_usage.usage_count + 1,
                    last_used_at = greatest(exercise_usage.last_used_at, excluded.last_used_at)""")
                .param("user", userId)
                .param("ids", exerciseIds.stream().distinct().toArray(UUID[]::new))
                .param("at", Timestamp.from(usedAt))
                .update();
    }
}
