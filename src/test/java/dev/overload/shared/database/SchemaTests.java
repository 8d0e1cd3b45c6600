package dev.overload.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overload.ApiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rules every migration keeps, checked on the migrated schema. */
@ApiTest
class SchemaTests {

    @Autowired
    JdbcClient jdbc;

    /**
     * Deleting a row checks (or cascades to) the rows that refer to it: without an index on the referring
     * column, each deleted row scans the whole referring table.
     */
    @Test
    void everyForeignKeyColumnLeadsAnIndex() {
        List<String> unindexed = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = 'public'::regnamespace
                  and not exists (select 1 from pg_index i
                                  where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1""")
                .query(String.class).list();

        assertThat(unindexed).isEmpty();
    }

    /**
     * A session's exercises and sets are checked through the row they belong to (V42), which carries the session and
     * the user along: a row naming another user than its session's is refused, and deleting the user deletes them.
     */
    @Test
    void aSessionsRowsBelongToItsUserAndGoWithIt() {
        UUID owner = user();
        UUID other = user();
        UUID session = jdbc
                .sql("insert into training_sessions (user_id, session_date) values (:user, now()) returning id")
                .param("user", owner).query(UUID.class).single();
        UUID exercise = jdbc.sql("select id from exercises where owner_id is null limit 1").query(UUID.class).single();
        String addExercise = """
                insert into session_exercises (user_id, training_session_id, exercise_id, order_index)
                values (:user, :session, :exercise, 1) returning id""";
        assertThatThrownBy(() -> jdbc.sql(addExercise).param("user", other).param("session", session)
                .param("exercise", exercise).query(UUID.class).single())
                .isInstanceOf(DataIntegrityViolationException.class);
        UUID sessionExercise = jdbc.sql(addExercise).param("user", owner).param("session", session)
                .param("exercise", exercise).query(UUID.class).single();
        String addSet = """
                insert into session_sets (user_id, training_session_id, session_exercise_id, set_index)
                values (:user, :session, :exercise, 1)""";
        assertThatThrownBy(() -> jdbc.sql(addSet).param("user", other).param("session", session)
                .param("exercise", sessionExercise).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql(addSet).param("user", owner).param("session", session).param("exercise", sessionExercise).update();

        jdbc.sql("delete from users where id in (:owner, :other)").param("owner", owner).param("other", other).update();

        assertThat(jdbc.sql("select count(*) from session_sets where training_session_id = :session")
                .param("session", session).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from session_exercises where training_session_id = :session")
                .param("session", session).query(Long.class).single()).isZero();
    }

    private UUID user() {
        String name = "schema" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return jdbc.sql("insert into users (username, email, role) values (:name, :email, 'USER') returning id")
                .param("name", name).param("email", name + "@example.invalid").query(UUID.class).single();
    }
}
