package dev.overload.reporting.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A plan to take to the gym: each day on its own page with its exercises and target sets, and an empty box per
 * set to write down what was done.
 */
final class PlanPdf extends PdfReport<PlanReport> {

    PlanPdf(PlanReport report) {
        super(report);
    }

    @Override
    protected String period() {
        return "Plan: " + report.plan().name();
    }

    @Override
    protected void body() {
        PlanReport.Plan plan = report.plan();
        List<String> about = new ArrayList<>();
        if (plan.difficultyLevel() != null) {
            about.add(plan.difficultyLevel().name().toLowerCase(Locale.ROOT));
        }
        if (!plan.muscleTypes().isEmpty()) {
            about.add(String.join(", ", plan.muscleTypes()));
        }
        if (plan.estimatedDuration() != null) {
            about.add("about " + plan.estimatedDuration() + " min");
        }
        about.add(report.days().size() + (report.days().size() == 1 ? " day" : " days"));
        paragraph(String.join(" · ", about));
        if (plan.description() != null && !plan.description().isBlank()) {
            paragraph(plan.description());
        }
        boolean first = true;
        for (PlanReport.Day day : report.days()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            day(day);
        }
    }

    private void day(PlanReport.Day day) {
        section("Day " + day.orderIndex() + " · " + day.name());
        if (day.description() != null && !day.description().isBlank()) {
            paragraph(day.description());
        }
        if (day.exercises().isEmpty()) {
            paragraph("No exercises yet.");
            return;
        }
        PdfPTable table = table(new float[]{5.5f, 1, 1.3f, 2.2f, 1.2f, 1.6f, 3, 2.6f}, "Exercise", "Set", "Reps",
                "Weight (" + unit + ")", "RIR", "Rest", "Notes", "Done");
        int row = 0;
        for (PlanReport.Exercise exercise : day.exercises()) {
            boolean striped = row++ % 2 == 1;
            boolean firstSet = true;
            for (PlanReport.TargetSet set : exercise.sets()) {
                add(table, striped, false, 1, firstSet ? exercise.orderIndex() + ". " + exercise.exerciseName() : "",
                        set.setIndex(), set.reps(), set.weight().signum() == 0 ? "bodyweight" : number(set.weight()),
                        set.rir(), firstSet && exercise.restTimeSeconds() != null ? exercise.restTimeSeconds() + " s"
                                : "",
                        firstSet && exercise.notes() != null ? exercise.notes() : "");
                table.addCell(box());
                firstSet = false;
            }
            if (exercise.sets().isEmpty()) {
                add(table, striped, false, 1, exercise.orderIndex() + ". " + exercise.exerciseName(), "", "", "", "",
                        "", exercise.notes());
                table.addCell(box());
            }
        }
        document.add(table);
    }

    /** An empty framed cell to write the reps and weight done into. */
    private PdfPCell box() {
        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.BOX);
        box.setBorderColor(GREY);
        box.setBorderWidth(0.5f);
        box.setMinimumHeight(16);
        return box;
    }
}
