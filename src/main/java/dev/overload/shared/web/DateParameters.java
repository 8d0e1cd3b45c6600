package dev.overload.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates and timestamps in query and path parameters have a four-digit year. ISO-8601 also allows years such as
 * {@code -999999999}, which overflowed the arithmetic behind a query (a 500); now every date parameter outside
 * the years 0001–9999 is a 400 naming the parameter. Registered after Spring's own, so it applies to parameters
 * annotated with {@code @DateTimeFormat(iso = …)} as well.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, new ToDate());
        registry.addConverter(String.class, Instant.class, new ToInstant());
    }

    private static final class ToDate implements Converter<String, LocalDate> {

        @Override
        public LocalDate convert(String source) {
            String text = source.strip();
            if (text.isEmpty()) {
                return null;
            }
            if (!DATE.matcher(text).matches() || text.startsWith("0000")) {
                throw new IllegalArgumentException("Not a date with a four-digit year");
            }
            return LocalDate.parse(text);
        }
    }

    private static final class ToInstant implements Converter<String, Instant> {

        @Override
        public Instant convert(String source) {
            String text = source.strip();
            if (text.isEmpty()) {
                return null;
            }
            if (!TIMESTAMP.matcher(text).matches() || text.startsWith("0000")) {
                throw new IllegalArgumentException("Not a timestamp with a four-digit year");
            }
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        }
    }
}
