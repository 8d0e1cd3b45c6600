package dev.overload;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows a module test needs from modules it does not start or whose internals it may not use: written in
 * SQL, as the migrations define them.
 */
public final class Rows {

    private Rows() {
    }

    public static UUID user(JdbcClient jdbc) {
        String name = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return jdbc.sql("insert into users (username, email, role) values (:name, :email, 'USER') returning id")
                .param("name", name).param("email", name + "@example.com").query(UUID.class).single();
    }

    public static UUID plan(JdbcClient jdbc, UUID userId, String name) {
        return jdbc.sql("insert into training_plans (user_id, name) values (:user, :name) returning id")
                .param("user", userId).param("name", name).query(UUID.class).single();
    }

    public static UUID day(JdbcClient jdbc, UUID userId, UUID planId, String name) {
        return jdbc.sql("""
                insert into training_plan_days (user_id, training_plan_id, name, order_index)
                values (:user, :plan, :name, 1) returning id""")
                .param("user", userId).param("plan", planId).param("name", name).query(UUID.class).single();
    }
}
