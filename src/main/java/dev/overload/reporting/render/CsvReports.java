package dev.overload.reporting.render;

import dev.overload.reporting.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Reports as CSV (RFC 4180: CRLF, quotes where needed, a header row; UTF-8): one row per week for PROGRESS, per
 * set for HISTORY and EXERCISE, per target set for PLAN. Weight columns name the unit ({@code volume_kg}).
 */
public final class CsvReports {

    private CsvReports() {
    }

    public static void write(ReportDocument document, OutputStream out) throws IOException {
        String unit = document.report().weightUnit().name().toLowerCase(Locale.ROOT);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header(document, unit)).get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            switch (document) {
                case ProgressReport progress -> {
                    for (ProgressReport.Week week : progress.weeks()) {
                        csv.printRecord(week.week(), week.sessions(), week.sets(), week.hardSets(),
                                plain(week.volume()));
                    }
                }
                case HistoryReport history -> {
                    for (HistoryReport.Session session : history.sessions()) {
                        for (HistoryReport.Exercise exercise : session.exercises()) {
                            for (HistoryReport.Set set : exercise.sets()) {
                                csv.printRecord(session.date(), session.id(), session.title(), exercise.exerciseName(),
                                        set.setIndex(), set.status(), set.plannedReps(), plain(set.plannedWeight()),
                                        set.reps(), plain(set.weight()), set.rir(), plain(set.volume()));
                            }
                        }
                    }
                }
                case ExerciseReport exercise -> {
                    for (ExerciseReport.Set set : exercise.sets()) {
                        csv.printRecord(set.date(), set.sessionId(), set.setIndex(), set.reps(), plain(set.weight()),
                                set.rir(), plain(set.estimatedOneRepMax()), plain(set.volume()));
                    }
                }
                case TableReport table -> {
                    for (Map<String, @Nullable Object> row : table.rows()) {
                        csv.printRecord(row.values().stream()
                                .map(value -> value instanceof BigDecimal decimal ? plain(decimal) : value));
                    }
                }
                case PlanReport plan -> {
                    for (PlanReport.Day day : plan.days()) {
                        for (PlanReport.Exercise exercise : day.exercises()) {
                            for (PlanReport.TargetSet set : exercise.sets()) {
                                csv.printRecord(day.orderIndex(), day.name(), exercise.orderIndex(),
                                        exercise.exerciseName(), set.setIndex(), set.reps(), plain(set.weight()),
                                        set.rir(), set.durationSeconds(), exercise.restTimeSeconds(),
                                        exercise.notes());
                            }
                        }
                    }
                }
            }
        }
    }

    private static String[] header(ReportDocument document, String unit) {
        return switch (document) {
            case ProgressReport progress -> new String[]{"week_start", "sessions", "sets", "hard_sets",
                    "volume_" + unit};
            case HistoryReport history -> new String[]{"date", "session_id", "session", "exercise", "set_index",
                    "status", "planned_reps", "planned_weight_" + unit, "reps", "weight_" + unit, "rir",
                    "volume_" + unit};
            case ExerciseReport exercise -> new String[]{"date", "session_id", "set_index", "reps",
                    "weight_" + unit, "rir", "estimated_1rm_" + unit, "volume_" + unit};
            case TableReport table -> table.columns().stream().map(ReportTable.Column::name).toArray(String[]::new);
            case PlanReport plan -> new String[]{"day_index", "day", "exercise_index", "exercise", "set_index",
                    "reps", "weight_" + unit, "rir", "duration_seconds", "rest_seconds", "notes"};
        };
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
