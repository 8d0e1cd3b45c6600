package dev.overload.reporting.domain;

import dev.overload.reporting.ReportFormat;
import dev.overload.reporting.TableReportOrder;
import dev.overload.reporting.TableReports;
import dev.overload.catalog.ExerciseCatalog;
import dev.overload.catalog.ExerciseSummary;
import dev.overload.jobs.Job;
import dev.overload.jobs.Jobs;
import dev.overload.planning.TrainingPlans;
import dev.overload.shared.DateRange;
import dev.overload.shared.errors.ConflictException;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.NotFoundException;
import dev.overload.shared.paging.PageParams;
import dev.overload.shared.paging.ResultPage;
import dev.overload.shared.units.WeightUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's reports: asking for one queues the job that generates it (in the same transaction, so neither exists
 * without the other); listing, reading, downloading and deleting them; all scoped by the owner.
 */
@Component
public class Reports implements TableReports {

    public static final String JOB_TYPE = "REPORT";
    /** Without from and to: the last twelve weeks; at most five years, as the statistics. */
    static final Period DEFAULT_PERIOD = Period.ofWeeks(12);
    static final Period LONGEST_PERIOD = Period.ofYears(5);
    private static final int NAME_IN_TITLE = 120;

    private final ReportStore store;
    private final ReportFiles files;
    private final Jobs jobs;
    private final ExerciseCatalog catalog;
    private final TrainingPlans plans;
    private final ReportProperties properties;
    private final Clock clock;

    Reports(ReportStore store, ReportFiles files, Jobs jobs, ExerciseCatalog catalog, TrainingPlans plans,
            ReportProperties properties, Clock clock) {
        this.store = store;
        this.files = files;
        this.jobs = jobs;
        this.catalog = catalog;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the report for the user, in their units and zone as they are now; returns the job to follow. */
    @Transactional
    public Job request(UUID userId, WeightUnit unit, ZoneId zone, ReportOrder request) {
        String title = switch (request.type()) {
            case PROGRESS, HISTORY -> {
                forbid("exercise_id", request.exerciseId(), request.type());
                forbid("plan_id", request.planId(), request.type());
                yield request.type().title();
            }
            case EXERCISE -> {
                forbid("plan_id", request.planId(), request.type());
                UUID exerciseId = require("exercise_id", request.exerciseId(), request.type());
                ExerciseSummary exercise = catalog.visibleTo(userId, List.of(exerciseId)).get(exerciseId);
                if (exercise == null) {
                    throw new NotFoundException("Exercise");
                }
                yield request.type().title() + ": " + shortened(exercise.name());
            }
            case PLAN -> {
                forbid("exercise_id", request.exerciseId(), request.type());
                forbid("from", request.from(), request.type());
                forbid("to", request.to(), request.type());
                UUID planId = require("plan_id", request.planId(), request.type());
                yield request.type().title() + ": " + shortened(plans.plan(userId, planId).name());
            }
            case TABLE -> throw new InvalidFieldException("type", "TABLE reports are asked for where their data is "
                    + "(the club's at POST /api/club/reports/{report})");
        };
        DateRange period = request.type() == ReportType.PLAN ? null
                : DateRange.requested(request.from(), request.to(), LocalDate.ofInstant(clock.instant(), zone),
                        DEFAULT_PERIOD, LONGEST_PERIOD);
        if (period != null) {
            title += " " + period.from() + " – " + period.to();
        }
        return queue(new ReportStore.NewReport(userId, null, request.type(), request.format(), title,
                fileName(title, request.format()), period == null ? null : period.from(),
                period == null ? null : period.to(), request.exerciseId(), request.planId(), unit, zone, null),
                request.emailWhenDone());
    }

    @Override
    @Transactional
    public Job request(UUID userId, WeightUnit unit, ZoneId zone, TableReportOrder order) {
        String title = order.from() == null || order.to() == null ? shortened(order.title())
                : shortened(order.title()) + " " + order.from() + " – " + order.to();
        return queue(new ReportStore.NewReport(userId, null, ReportType.TABLE, order.format(), title,
                fileName(title, order.format()), order.from(), order.to(), null, null, unit, zone, order),
                order.emailWhenDone());
    }

    private Job queue(ReportStore.NewReport report, boolean emailWhenDone) {
        Job job = jobs.submit(report.userId(), JOB_TYPE, report.title() + " (" + report.format() + ")",
                emailWhenDone);
        Instant now = clock.instant();
        store.insert(report.withJob(job.id()), now, now.plus(properties.ttl()));
        return job;
    }

    /** The user's reports that have not expired, newest first, each with its job: two statements a page. */
    public ResultPage<ReportView> list(UUID userId, PageParams page) {
        ResultPage<Report> reports = store.list(userId, clock.instant(), page);
        Map<UUID, Job> byId = jobs.find(reports.items().stream().map(Report::jobId).filter(Objects::nonNull)
                .toList());
        return reports.map(report -> new ReportView(report, report.jobId() == null ? null : byId.get(report.jobId())));
    }

    public ReportView get(UUID userId, UUID reportId) {
        Report report = find(userId, reportId);
        return new ReportView(report, report.jobId() == null ? null : jobs.find(List.of(report.jobId()))
                .get(report.jobId()));
    }

    /** The generated file; 409 while the report is still being made (or could not be). */
    public ReportFile file(UUID userId, UUID reportId) {
        Report report = find(userId, reportId);
        if (report.filePath() == null || report.sizeBytes() == null) {
            throw new ConflictException(report.jobId() == null ? "The report was not made"
                    : "The report has no file yet: follow its job at /api/jobs/" + report.jobId());
        }
        Path path = files.resolve(report.filePath());
        if (!Files.isReadable(path)) {
            throw new NotFoundException("Report file");
        }
        return new ReportFile(path, report.fileName(), report.format(), report.sizeBytes());
    }

    /** Deletes the report, stopping its job if it still runs; its file goes once that is committed. */
    @Transactional
    public void delete(UUID userId, UUID reportId) {
        Report report = find(userId, reportId);
        if (report.jobId() != null) {
            jobs.cancelIfActive(userId, report.jobId());
        }
        store.delete(userId, reportId);
        // By its derived name: a job stopped between writing the file and recording it leaves the file unrecorded.
        String path = ReportFiles.pathOf(userId, reportId, report.format());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.delete(path);
            }
        });
    }

    private Report find(UUID userId, UUID reportId) {
        return store.find(userId, reportId, clock.instant()).orElseThrow(() -> new NotFoundException("Report"));
    }

    /** The title in lower-case ASCII words joined by hyphens, with the format's extension: readable anywhere. */
    static String fileName(String title, ReportFormat format) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "report" : slug) + "." + format.extension();
    }

    /** A name as it goes into a title: titles and file names are at most 200 characters, names up to 255. */
    private static String shortened(String name) {
        return name.length() <= NAME_IN_TITLE ? name : name.substring(0, NAME_IN_TITLE - 1).strip() + "…";
    }

    private static void forbid(String field, @Nullable Object value, ReportType type) {
        if (value != null) {
            throw new InvalidFieldException(field, "must not be given for a " + type + " report");
        }
    }

    private static UUID require(String field, @Nullable UUID value, ReportType type) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required for a " + type + " report");
        }
        return value;
    }
}
