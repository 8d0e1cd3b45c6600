package dev.overload.reporting.render;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The training history: the period's totals and weekly volume, then each session with its exercises and sets,
 * planned beside done, and what each exercise and session achieved.
 */
final class HistoryPdf extends PdfReport<HistoryReport> {

    HistoryPdf(HistoryReport report) {
        super(report);
    }

    @Override
    protected void body() {
        HistoryReport.Totals totals = report.totals();
        section("Summary");
        paragraph(report.sessions().size() + (report.sessions().size() == 1 ? " session" : " sessions")
                + " · sets achieved " + number(totals.setsAchieved()) + " of " + number(totals.setsPlanned())
                + " · reps " + number(totals.repsAchieved()) + " · total weight lifted "
                + number(totals.totalWeightLifted()) + " " + unit);
        if (report.sessions().isEmpty()) {
            paragraph("No completed sessions in this period.");
            return;
        }
        chart(null, Charts.bars("Weight lifted per week (" + unit + ")", "weight lifted (" + unit + ")", weeks()), 150);
        section("Sessions");
        for (HistoryReport.Session session : report.sessions()) {
            session(session);
        }
    }

    private List<Charts.Bar> weeks() {
        return Charts.Bar.weekly(report.sessions(), HistoryReport.Session::date,
                session -> session.totals().totalWeightLifted());
    }

    private void session(HistoryReport.Session session) {
        List<String> details = new ArrayList<>();
        if (session.planName() != null) {
            details.add(session.planName());
        }
        if (session.durationMinutes() != null) {
            details.add(session.durationMinutes() + " min");
        }
        if (session.comments() != null && !session.comments().isBlank()) {
            details.add(session.comments());
        }
        subsection(day(session.date()) + " · " + session.title(), String.join(" · ", details));
        PdfPTable table = table(new float[]{6, 1.2f, 2.5f, 2.5f, 1.2f, 2.3f, 2.5f}, "Exercise", "Set",
                "Planned (" + unit + ")", "Done (" + unit + ")", "RIR", "Status", "Volume (" + unit + ")");
        int row = 0;
        for (HistoryReport.Exercise exercise : session.exercises()) {
            boolean striped = row++ % 2 == 1;
            boolean first = true;
            for (HistoryReport.Set set : exercise.sets()) {
                add(table, striped, false, 1, first ? exercise.exerciseName() : "", set.setIndex(),
                        repsAt(set.plannedReps(), set.plannedWeight()), repsAt(set.reps(), set.weight()),
                        set.rir(), set.status().name().toLowerCase(java.util.Locale.ROOT), number(set.volume()));
                first = false;
            }
        }
        HistoryReport.Totals totals = session.totals();
        add(table, false, true, 1, "Session", "", totals.setsAchieved() + " of " + totals.setsPlanned() + " sets",
                number(totals.repsAchieved()) + " reps", "", "", number(totals.totalWeightLifted()));
        document.add(table);
    }
}
