package dev.overload.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.CapturedLog;
import dev.overload.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, defect 2: a write to {@code users} that the database refuses (a NUL in a name) logged the whole
 * statement with its bound values: the password hash, the email. The log names the failure, not the data.
 */
@ApiTest
class LogRedactionTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriteTheDatabaseRefusesLogsNoBoundValues() {
        TestUser user = api.newUser();

        api.as(user).body("{\"first_name\": \"a\\u0000b\", \"last_name\": \"Secretson\"}").patch("/api/users/me")
                .then().statusCode(400);

        String hash = jdbc.sql("select password_hash from users where id = :id").param("id", user.id())
                .query(String.class).single();
        String log = CapturedLog.text();
        assertThat(log).doesNotContain(hash).doesNotContain(user.email()).doesNotContain("Secretson");
    }
}
