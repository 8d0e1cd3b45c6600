package dev.overload.catalog.domain;

import dev.overload.shared.errors.InvalidFieldException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Muscle groups and equipment. Only migrations change them, so they are read once and kept.
 */
@Component
public class ReferenceData {

    private final JdbcClient jdbc;
    private volatile Loaded loaded;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MuscleGroup> muscleGroups() {
        return load().muscleGroups();
    }

    public List<Equipment> equipment() {
        return load().equipment();
    }

    /** Muscle group slugs and the body regions that group them: what a "body part" may be. */
    public Set<String> bodyParts() {
        return load().bodyParts();
    }

    public boolean isBodyPart(String value) {
        return bodyParts().contains(normalized(value));
    }

    UUID muscleGroupId(String slug, String field) {
        MuscleGroup group = load().muscleGroupsBySlug().get(normalized(slug));
        if (group == null) {
            throw new InvalidFieldException(field, "must be one of " + load().muscleGroupsBySlug().keySet());
        }
        return group.id();
    }

    Set<UUID> muscleGroupIds(Collection<String> slugs, String field) {
        return slugs.stream().map(slug -> muscleGroupId(slug, field)).collect(Collectors.toSet());
    }

    Set<UUID> equipmentIds(Collection<String> slugs, String field) {
        Map<String, Equipment> bySlug = load().equipmentBySlug();
        return slugs.stream().map(slug -> {
            Equipment item = bySlug.get(normalized(slug));
            if (item == null) {
                throw new InvalidFieldException(field, "must be one of " + bySlug.keySet());
            }
            return item.id();
        }).collect(Collectors.toSet());
    }

    boolean isEquipment(String slug) {
        return load().equipmentBySlug().containsKey(normalized(slug));
    }

    /** Slugs are lower case; clients may write them in any case. */
    /** A slug as given, or the name the list shows ("Full Body" is full_body). */
    static String normalized(String slug) {
        return slug.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private Loaded load() {
        Loaded current = loaded;
        if (current == null) {
            List<MuscleGroup> groups = jdbc
                    .sql("select id, slug, name, body_region from muscle_groups order by body_region, name")
                    .query(MuscleGroup.class).list();
            List<Equipment> equipment = jdbc.sql("select id, slug, name from equipment order by name")
                    .query(Equipment.class).list();
            current = new Loaded(groups, equipment);
            loaded = current;
        }
        return current;
    }

    private record Loaded(List<MuscleGroup> muscleGroups, List<Equipment> equipment,
            Map<String, MuscleGroup> muscleGroupsBySlug, Map<String, Equipment> equipmentBySlug,
            Set<String> bodyParts) {

        Loaded(List<MuscleGroup> muscleGroups, List<Equipment> equipment) {
            this(muscleGroups, equipment,
                    muscleGroups.stream().collect(Collectors.toMap(MuscleGroup::slug, Function.identity(),
                            (a, b) -> a, java.util.TreeMap::new)),
                    equipment.stream().collect(Collectors.toMap(Equipment::slug, Function.identity(),
                            (a, b) -> a, java.util.TreeMap::new)),
                    bodyParts(muscleGroups));
        }

        private static Set<String> bodyParts(List<MuscleGroup> groups) {
            Set<String> parts = new LinkedHashSet<>();
            groups.forEach(group -> parts.add(group.bodyRegion()));
            groups.forEach(group -> parts.add(group.slug()));
            return Set.copyOf(parts);
        }
    }
}
