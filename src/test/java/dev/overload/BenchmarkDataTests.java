package dev.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A small run of the benchmark's data generator (bench/generate.sql), so a schema change that breaks it
 * fails the build: it makes users as described, and the same seed makes the same data.
 */
@ApiTest
class BenchmarkDataTests {

    private static final String FINGERPRINT = """
            select md5(string_agg(row, '|' order by row)) from (
                select u.username || ':' || p.name || ':' || coalesce(p.difficulty_level, '') || ':'
                       || pe.order_index || ':' || pe.exercise_id || ':' || ps.set_index || ':' || ps.expected_reps
                       || ':' || ps.expected_weight as row
                from users u
                join training_plans p on p.user_id = u.id
                join training_plan_exercises pe on pe.training_plan_id = p.id
                join training_plan_exercise_sets ps on ps.training_plan_exercise_id = pe.id
                where u.username ~ '^bench_[0-9]+$'
                union all
                select u.username || ':sessions:' || count(*) from users u
                join training_sessions s on s.user_id = u.id
                where u.username ~ '^bench_[0-9]+$' group by u.username) rows""";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesUsersWithPlansAndMonthsOfSessionsTheSameWayForTheSameSeed() throws Exception {
        generate(3, 7);
        String first = jdbc.sql(FINGERPRINT).query(String.class).single();
        List<Map<String, Object>> perUser = jdbc.sql("""
                select u.username,
                       (select count(*) from training_plans p where p.user_id = u.id) as plans,
                       (select count(*) from training_sessions s where s.user_id = u.id and s.status = 'COMPLETED')
                           as sessions,
                       (select count(*) from session_sets ss where ss.user_id = u.id) as sets,
                       (select count(*) from personal_records r where r.user_id = u.id) as records
                from users u where u.username ~ '^bench_[0-9]+$' order by u.username""").query().listOfRows();

        assertThat(perUser).hasSize(3).allSatisfy(user -> {
            assertThat((Long) user.get("plans")).isBetween(2L, 4L);
            // 6–24 months at 3–5 sessions a week
            assertThat((Long) user.get("sessions")).isBetween(75L, 520L);
            assertThat((Long) user.get("sets")).isGreaterThan((Long) user.get("sessions") * 4);
            assertThat((Long) user.get("records")).isPositive();
        });
        assertThat(SessionTotalsCheck.wrongTotals(jdbc, "^bench_[0-9]+$")).isZero();

        jdbc.sql("delete from users where username ~ '^bench_[0-9]+$'").update();
        generate(3, 7);
        assertThat(jdbc.sql(FINGERPRINT).query(String.class).single()).isEqualTo(first);
        jdbc.sql("delete from users where username ~ '^bench_[0-9]+$'").update();
    }

    /** bench/generate_heavy.sql, as {@code bench/run --reports} runs it: three years of weekdays for one user. */
    @Test
    void givesTheHeavyUserThreeYearsOfWeekdaySessions() throws Exception {
        String username = "heavy" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("insert into users (username, email, role) values (:name, :email, 'USER')").param("name", username)
                .param("email", username + "@bench.invalid").update();
        String script = Files.readString(Path.of("bench/generate_heavy.sql"))
                .replaceAll("(?m)^\\\\.*$", "")
                .replace(":'username'", "'" + username + "'")
                .replace(":seed", "42");
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes()));
        }

        Map<String, Object> counts = jdbc.sql("""
                select (select count(*) from training_sessions s where s.user_id = u.id and s.status = 'COMPLETED')
                           as sessions,
                       (select count(*) from session_sets ss where ss.user_id = u.id) as sets,
                       (select count(*) from personal_records r where r.user_id = u.id) as records,
                       (select count(*) from daily_metrics d where d.user_id = u.id) as days
                from users u where u.username = :name""").param("name", username).query().singleRow();
        assertThat((Long) counts.get("sessions")).isBetween(780L, 783L);
        assertThat((Long) counts.get("sets")).isEqualTo((Long) counts.get("sessions") * 20);
        assertThat((Long) counts.get("records")).isPositive();
        assertThat((Long) counts.get("days")).isEqualTo(365L);
        assertThat(SessionTotalsCheck.wrongTotals(jdbc, "^" + username + "$")).isZero();
        jdbc.sql("delete from users where username = :name").param("name", username).update();
    }

    private void generate(int users, int seed) throws IOException, SQLException {
        String script = Files.readString(Path.of("bench/generate.sql"))
                .replaceAll("(?m)^\\\\.*$", "")
                .replace(":first", "1")
                .replace(":users", Integer.toString(users))
                .replace(":seed", Integer.toString(seed))
                .replace(":'password_hash'", "'{noop}unused'");
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes()));
        }
    }
}
