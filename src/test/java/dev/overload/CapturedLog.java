package dev.overload;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Every log event of the test JVM (message, key-value pairs and stack trace with every cause), appended to one
 * file per JVM in the {@link TestRun} folder, whatever application context wrote it: Spring Boot re-creates the
 * appenders of {@code logback-test.xml} at each context start, and they all write here.
 */
public class CapturedLog extends AppenderBase<ILoggingEvent> {

    private static final Path FILE = TestRun.file("log");
    private static BufferedWriter writer;

    /** The log of this JVM so far. */
    public static synchronized String text() {
        try {
            return Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName())
                .append(": ").append(event.getFormattedMessage());
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs().forEach(pair -> line.append(' ').append(pair.key).append('=').append(pair.value));
        }
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        write(line.append('\n').toString());
    }

    private static synchronized void write(String text) {
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            writer.write(text);
            // Flushed at once: the JVM may end (its contexts logging while they close) with no chance to flush.
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
