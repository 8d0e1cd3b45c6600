package dev.overload.reporting.render;

import dev.overload.shared.units.WeightUnit;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Draws a small PDF with every kind of chart once the service is up, on a low-priority thread: loading the fonts,
 * Java2D, OpenPDF and JFreeChart takes seconds the first time, which the first user's report would otherwise wait
 * for (a three-year PROGRESS PDF: 2.8 s cold, 0.6 s after this). A machine that cannot draw charts (no fontconfig)
 * is named in the log at start rather than at the first report.
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    private final Clock clock;

    PdfWarmUp(Clock clock) {
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().name("report-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                PdfReports.write(sample(), OutputStream.nullOutputStream());
            } catch (RuntimeException | LinkageError e) {
                log.warn("PDF reports cannot be drawn here (Java2D needs fontconfig and a font): {}", e.toString());
            }
        });
    }

    private ProgressReport sample() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        BigDecimal one = BigDecimal.ONE;
        ProgressReport.Period period = new ProgressReport.Period(day, day, 1, 1, 1, one, 1, one, 1, 1, 1, one);
        return new ProgressReport(
                new ReportHeading("Progress report", "Overload", day, day, WeightUnit.KG, ZoneOffset.UTC,
                        clock.instant()),
                period, period, new ProgressReport.Changes(one, one, one, one, one),
                List.of(new ProgressReport.Week(day, 1, 1, 1, one)),
                List.of(new ProgressReport.MuscleGroup("quadriceps", one, one, one)),
                List.of(new ProgressReport.Lift(UUID.randomUUID(), "Squat", one, one, one, one, one,
                        List.of(new ProgressReport.E1rm(day, one)))),
                List.of(), new ProgressReport.BodyWeight(one, one, BigDecimal.ZERO,
                        List.of(new ProgressReport.Weight(day, one))),
                List.of("Warm-up"));
    }
}
