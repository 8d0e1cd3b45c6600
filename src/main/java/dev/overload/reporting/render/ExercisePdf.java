package dev.overload.reporting.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openpdf.text.pdf.PdfPTable;

/** One exercise's history: its figures, estimated 1RM and top weight per session, weekly volume, records, sets. */
final class ExercisePdf extends PdfReport<ExerciseReport> {

    ExercisePdf(ExerciseReport report) {
        super(report);
    }

    @Override
    protected void body() {
        ExerciseReport.Exercise exercise = report.exercise();
        section(exercise.name());
        List<String> about = new ArrayList<>();
        about.add("Primary muscle group: " + exercise.primaryMuscleGroup());
        if (!exercise.secondaryMuscleGroups().isEmpty()) {
            about.add("secondary: " + String.join(", ", exercise.secondaryMuscleGroups()));
        }
        about.add("equipment: " + (exercise.equipment().isEmpty() ? "none" : String.join(", ",
                exercise.equipment())));
        paragraph(String.join(" · ", about));
        ExerciseReport.Summary summary = report.summary();
        PdfPTable figures = table(new float[]{4, 3}, "", "This period");
        add(figures, false, false, 1, "Sessions", summary.sessions());
        add(figures, true, false, 1, "Sets", summary.sets());
        add(figures, false, false, 1, "Reps", summary.reps());
        add(figures, true, false, 1, "Volume (" + unit + ")", number(summary.volume()));
        add(figures, false, false, 1, "Best estimated 1RM (" + unit + ")", number(summary.bestEstimatedOneRepMax()));
        add(figures, true, false, 1, "Heaviest weight (" + unit + ")", number(summary.heaviestWeight()));
        document.add(figures);
        if (report.sessions().isEmpty()) {
            paragraph("No completed sets of this exercise in this period.");
            return;
        }
        Map<String, List<Charts.Point>> lines = new LinkedHashMap<>();
        lines.put("Best estimated 1RM", report.sessions().stream().filter(s -> s.bestEstimatedOneRepMax() != null)
                .map(s -> new Charts.Point(s.date(), s.bestEstimatedOneRepMax())).toList());
        lines.put("Top set weight", report.sessions().stream().map(s -> new Charts.Point(s.date(), s.topWeight()))
                .toList());
        chart("Progress", Charts.lines("Estimated 1RM and top weight per session (" + unit + ")", unit, lines), 180);
        chart(null, Charts.bars("Volume per week (" + unit + ")", "volume (" + unit + ")", weeks()), 140);
        records(report.records());
        section("Sets");
        PdfPTable sets = table(new float[]{3.5f, 1.2f, 1.2f, 2, 1.2f, 2.5f, 2.5f}, "Date", "Set", "Reps",
                "Weight (" + unit + ")", "RIR", "Est. 1RM (" + unit + ")", "Volume (" + unit + ")");
        // Stripes change with the session, so a session's sets read as one block.
        int row = 0;
        UUID session = report.sets().isEmpty() ? null : report.sets().getFirst().sessionId();
        for (ExerciseReport.Set set : report.sets()) {
            if (!set.sessionId().equals(session)) {
                row++;
                session = set.sessionId();
            }
            add(sets, row % 2 == 1, false, 1, day(set.date()), set.setIndex(), set.reps(), number(set.weight()),
                    set.rir(), number(set.estimatedOneRepMax()), number(set.volume()));
        }
        document.add(sets);
    }

    private List<Charts.Bar> weeks() {
        return Charts.Bar.weekly(report.sessions(), ExerciseReport.Session::date, ExerciseReport.Session::volume);
    }
}
