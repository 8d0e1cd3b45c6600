package dev.overload.reporting.render;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The progress report: the period against the one before, weekly volume, hard sets per muscle group, the main
 * lifts' estimated 1RM, body weight and insights when there are any, then every week, muscle group and record in
 * tables.
 */
final class ProgressPdf extends PdfReport<ProgressReport> {

    ProgressPdf(ProgressReport report) {
        super(report);
    }

    @Override
    protected void body() {
        summary();
        if (report.weeks().isEmpty()) {
            paragraph("No completed sessions in this period.");
        } else {
            chart("Weekly volume", Charts.bars("Volume per week (" + unit + ")", "volume (" + unit + ")",
                    report.weeks().stream().map(week -> new Charts.Bar(week.week(), week.week().plusDays(7),
                            week.volume())).toList()),
                    170);
        }
        if (!report.muscleGroups().isEmpty()) {
            Map<String, BigDecimal> perWeek = new LinkedHashMap<>();
            report.muscleGroups()
                    .forEach(group -> perWeek.put(group.muscleGroup().replace('_', ' '), group.weeklyAverage()));
            chart("Hard sets per muscle group",
                    Charts.horizontalBars("Hard sets per muscle group, weekly average", "hard sets a week", perWeek),
                    50 + 14 * perWeek.size());
        }
        lifts();
        bodyWeight();
        if (!report.insights().isEmpty()) {
            section("Insights");
            report.insights().forEach(insight -> paragraph("• " + insight));
        }
        if (!report.weeks().isEmpty()) {
            section("Weeks");
            PdfPTable table = table(new float[]{3, 2, 2, 2, 3}, "Week of", "Sessions", "Sets", "Hard sets",
                    "Volume (" + unit + ")");
            int row = 0;
            for (ProgressReport.Week week : report.weeks()) {
                add(table, row++ % 2 == 1, false, 1, day(week.week()), week.sessions(), number(week.sets()),
                        number(week.hardSets()),
                        number(week.volume()));
            }
            document.add(table);
        }
        if (!report.muscleGroups().isEmpty()) {
            section("Muscle groups");
            PdfPTable table = table(new float[]{4, 2, 2, 3}, "Muscle group", "Hard sets", "A week",
                    "Volume (" + unit + ")");
            int row = 0;
            for (ProgressReport.MuscleGroup group : report.muscleGroups()) {
                add(table, row++ % 2 == 1, false, 1, group.muscleGroup().replace('_', ' '), number(group.hardSets()),
                        number(group.weeklyAverage()), number(group.volume()));
            }
            document.add(table);
        }
        records(report.records());
    }

    private void summary() {
        ProgressReport.Period current = report.current();
        ProgressReport.Period previous = report.previous();
        ProgressReport.Changes changes = report.changePercent();
        section("Summary");
        PdfPTable table = table(new float[]{4, 3, 3, 2}, "", "This period",
                shortDay(previous.from()) + " – " + shortDay(previous.to()), "Change");
        add(table, false, false, 1, "Sessions", number(current.sessions()), number(previous.sessions()),
                change(changes.sessions()));
        add(table, true, false, 1, "Scheduled workouts done", adherence(current), adherence(previous), "");
        add(table, false, false, 1, "Sets", number(current.sets()), number(previous.sets()), change(changes.sets()));
        add(table, true, false, 1, "Hard sets", number(current.hardSets()), number(previous.hardSets()),
                change(changes.hardSets()));
        add(table, false, false, 1, "Volume (" + unit + ")", number(current.volume()), number(previous.volume()),
                change(changes.volume()));
        add(table, true, false, 1, "Training time (min)", number(current.minutes()), number(previous.minutes()),
                change(changes.minutes()));
        add(table, false, false, 1, "Average RIR", number(current.averageRir()), number(previous.averageRir()), "");
        add(table, true, false, 1, "Personal records set", number(current.recordsSet()), number(previous.recordsSet()),
                "");
        document.add(table);
    }

    private String adherence(ProgressReport.Period period) {
        if (period.scheduledDue() == 0) {
            return "none due";
        }
        return number(period.scheduledDone()) + " of " + number(period.scheduledDue()) + " ("
                + number(period.adherencePercent())
                + " %)";
    }

    private void lifts() {
        List<ProgressReport.Lift> lifts = report.mainLifts().stream().filter(lift -> !lift.points().isEmpty())
                .toList();
        if (lifts.isEmpty()) {
            return;
        }
        Map<String, List<Charts.Point>> series = new LinkedHashMap<>();
        lifts.forEach(lift -> series.put(lift.exerciseName(), lift.points().stream()
                .map(point -> new Charts.Point(point.date(), point.estimatedOneRepMax())).toList()));
        chart("Main lifts",
                Charts.lines("Estimated 1RM per session (" + unit + ")", "estimated 1RM (" + unit + ")", series), 190);
        PdfPTable table = table(new float[]{5, 2, 2, 2, 2}, "Lift", "First", "Last", "Best", "Change");
        int row = 0;
        for (ProgressReport.Lift lift : lifts) {
            add(table, row++ % 2 == 1, false, 1, lift.exerciseName(), number(lift.first()), number(lift.last()),
                    number(lift.best()), change(lift.changePercent()));
        }
        document.add(table);
    }

    private void bodyWeight() {
        ProgressReport.BodyWeight weight = report.bodyWeight();
        if (weight == null) {
            return;
        }
        chart("Body weight",
                Charts.lines("Body weight (" + unit + ")", "body weight (" + unit + ")", Map.of("Body weight",
                        weight.points().stream().map(point -> new Charts.Point(point.date(), point.weight()))
                                .toList())),
                150);
        paragraph("From " + number(weight.first()) + " " + unit + " to " + number(weight.last()) + " " + unit + " ("
                + (weight.change().signum() > 0 ? "+" : "") + number(weight.change()) + " " + unit + ").");
    }
}
