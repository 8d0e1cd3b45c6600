package dev.overload.shared.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotency_keys} table. A claim is a transaction of its own, on a connection of its own, that
 * inserts the key's row and stays open while the request runs; the request's work commits in its own
 * transactions, then the response is stored and the claim commits. Another claim of the same key meanwhile
 * waits on the primary key, then finds the stored response (or, if the first request failed, claims the key).
 */
@Component
class IdempotencyKeys {

    /** How long a waiting retry waits for the first request before answering 409. */
    private static final String LOCK_TIMEOUT = "30s";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(DataSource dataSource, JdbcClient jdbc, Clock clock,
            @Value("${overload.idempotency.retention:24h}") Duration retention) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    record Stored(String fingerprint, int status, @Nullable String contentType, @Nullable String location,
            @Nullable String etag, byte[] body) {
    }

    /** Keys older than the retention are forgotten; a retry after that runs as a new request. */
    int purge() {
        return jdbc.sql("delete from idempotency_keys where created_at < :cutoff")
                .param("cutoff", Timestamp.from(clock.instant().minus(retention))).update();
    }

    Claim claim(UUID userId, String key, String fingerprint) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (var timeout = connection.createStatement()) {
                timeout.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
            }
            int inserted;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into idempotency_keys (user_id, idempotency_key, fingerprint, status_code, body, created_at)
                    values (?, ?, ?, 0, ''::bytea, ?) on conflict do nothing""")) {
                insert.setObject(1, userId);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                insert.setTimestamp(4, Timestamp.from(clock.instant()));
                inserted = insert.executeUpdate();
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    throw new StillRunningException();
                }
                throw e;
            }
            Optional<Stored> earlier = inserted == 1 ? Optional.empty() : find(connection, userId, key);
            return new Claim(connection, userId, key, earlier);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            connection.close();
            throw e;
        }
    }

    private static Optional<Stored> find(Connection connection, UUID userId, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select fingerprint, status_code, content_type, location, etag, body from idempotency_keys
                where user_id = ? and idempotency_key = ?""")) {
            select.setObject(1, userId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    // Purged between the insert and now: run as new is not possible on this claim; say so.
                    throw new StillRunningException();
                }
                return Optional.of(new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getBytes(6)));
            }
        }
    }

    /** A key claimed for the request now running, or the response stored for it earlier. */
    static final class Claim implements AutoCloseable {

        private final Connection connection;
        private final UUID userId;
        private final String key;
        private final Optional<Stored> earlier;
        private boolean stored;

        private Claim(Connection connection, UUID userId, String key, Optional<Stored> earlier) {
            this.connection = connection;
            this.userId = userId;
            this.key = key;
            this.earlier = earlier;
        }

        Optional<Stored> earlier() {
            return earlier;
        }

        void store(int status, @Nullable String contentType, @Nullable String location, @Nullable String etag,
                byte[] body) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement("""
                    update idempotency_keys set status_code = ?, content_type = ?, location = ?, etag = ?, body = ?
                    where user_id = ? and idempotency_key = ?""")) {
                update.setInt(1, status);
                update.setString(2, contentType);
                update.setString(3, location);
                update.setString(4, etag);
                update.setBytes(5, body);
                update.setObject(6, userId);
                update.setString(7, key);
                update.executeUpdate();
            }
            connection.commit();
            stored = true;
        }

        /** Without a stored response the claim is withdrawn: the key may be used again. */
        @Override
        public void close() throws SQLException {
            try {
                if (!stored) {
                    connection.rollback();
                }
            } finally {
                connection.close();
            }
        }
    }

    /** Another request with the key has held it longer than a retry waits. */
    static final class StillRunningException extends RuntimeException {

        StillRunningException() {
            super(null, null, false, false);
        }
    }
}
