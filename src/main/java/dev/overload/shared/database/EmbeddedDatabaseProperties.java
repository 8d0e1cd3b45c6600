package dev.overload.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PostgreSQL the service starts itself when no {@code spring.datasource.url} is given.
 *
 * @param port TCP port on localhost; 0 picks a free one at every start
 * @param persistent keep the data in the data directory across restarts; tests turn it off
 * @param sharedBuffers PostgreSQL's own page cache ({@code shared_buffers})
 */
@ConfigurationProperties("overload.embedded-database")
record EmbeddedDatabaseProperties(int port, boolean persistent, String sharedBuffers) {
}
