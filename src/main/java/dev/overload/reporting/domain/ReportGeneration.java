package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.ReportTable;
import dev.overload.reporting.TableReportOrder;
import dev.overload.reporting.TableReportSource;
import dev.overload.reporting.render.TableReport;
import dev.overload.identity.UserCard;
import dev.overload.identity.Users;
import dev.overload.jobs.RunningJob;
import dev.overload.reporting.render.CsvReports;
import dev.overload.reporting.render.PdfReports;
import dev.overload.reporting.render.ReportDocument;
import dev.overload.reporting.render.ReportHeading;
import dev.overload.shared.errors.NotFoundException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of a report's job: gather its content from the other modules' APIs, write it in its format into its
 * file, and record the file. Running it again (after a restart) writes the same file anew.
 */
@Component
public class ReportGeneration {

    private final ReportStore store;
    private final ReportFiles files;
    private final Users users;
    private final ProgressReports progress;
    private final HistoryReports history;
    private final ExerciseReports exercises;
    private final PlanReports plans;
    private final JsonMapper json;
    private final Clock clock;
    private final List<TableReportSource> sources;

    ReportGeneration(ReportStore store, ReportFiles files, Users users, ProgressReports progress,
            HistoryReports history, ExerciseReports exercises, PlanReports plans, JsonMapper json, Clock clock,
            List<TableReportSource> sources) {
        this.sources = sources;
        this.store = store;
        this.files = files;
        this.users = users;
        this.progress = progress;
        this.history = history;
        this.exercises = exercises;
        this.plans = plans;
        this.json = json;
        this.clock = clock;
    }

    /** The job's work; its result links to the report and its file. */
    public Map<String, String> run(RunningJob job) {
        Report report = store.findByJob(job.userId(), job.id()).orElseThrow(() -> new NotFoundException("Report"));
        job.progress(5);
        ReportDocument document = document(report, job::progress);
        job.progress(75);
        String path = ReportFiles.pathOf(report.userId(), report.id(), report.format());
        long size = files.write(path, out -> write(report.format(), document, out));
        job.progress(95);
        if (!store.generated(report.id(), path, size, clock.instant())) {
            files.delete(path);
            throw new NotFoundException("Report");
        }
        String location = "/api/reports/" + report.id();
        return Map.of("report", location, "file", location + "/file");
    }

    /** The report's content, reporting how far it is (up to 70) between the reads it takes. */
    ReportDocument document(Report report, IntConsumer steps) {
        UserCard user = users.cards(List.of(report.userId())).get(report.userId());
        ReportHeading heading = new ReportHeading(report.type().title(), user == null ? "?" : user.name(),
                report.from(), report.to(), report.weightUnit(), report.timeZone(), clock.instant());
        return switch (report.type()) {
            case PROGRESS -> progress.build(report, heading, steps);
            case HISTORY -> history.build(report, heading, steps);
            case EXERCISE -> exercises.build(report, heading, steps);
            case PLAN -> plans.build(report, heading);
            case TABLE -> table(report, heading);
        };
    }

    private TableReport table(Report report, ReportHeading heading) {
        TableReportOrder order = Objects.requireNonNull(report.table(), "A TABLE report without its order");
        TableReportSource source = sources.stream().filter(candidate -> candidate.source().equals(order.source()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No table report source " + order.source()));
        ReportTable table = source.table(report.userId(), order);
        return TableReport.of(new ReportHeading(table.title(), heading.userName(), heading.from(), heading.to(),
                heading.weightUnit(), heading.timeZone(), heading.generatedAt()), table);
    }

    private void write(ReportFormat format, ReportDocument document, OutputStream out) throws java.io.IOException {
        switch (format) {
            case JSON -> json.writerWithDefaultPrettyPrinter().writeValue(out, document);
            case CSV -> CsvReports.write(document, out);
            case PDF -> PdfReports.write(document, out);
        }
    }
}
