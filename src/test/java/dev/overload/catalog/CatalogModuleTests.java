package dev.overload.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.ModuleTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalog runs on its own: it uses no other module. */
@ModuleTest
class CatalogModuleTests {

    @Autowired
    ExerciseCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void systemExercisesAreVisibleToEveryone() {
        UUID squat = jdbc.sql("select id from exercises where name = 'Barbell Back Squat' and owner_id is null")
                .query(UUID.class).single();

        assertThat(catalog.names(List.of(squat))).containsEntry(squat, "Barbell Back Squat");
        assertThat(catalog.visibleTo(UUID.randomUUID(), List.of(squat))).containsKey(squat);
        assertThat(catalog.bodyParts()).contains("legs", "chest");
    }
}
