package dev.overload.reporting.render;

import java.io.OutputStream;

/** Reports as A4 PDF documents with tables and vector charts, fonts embedded. */
public final class PdfReports {

    private PdfReports() {
    }

    public static void write(ReportDocument document, OutputStream out) {
        switch (document) {
            case ProgressReport progress -> new ProgressPdf(progress).write(out);
            case HistoryReport history -> new HistoryPdf(history).write(out);
            case ExerciseReport exercise -> new ExercisePdf(exercise).write(out);
            case PlanReport plan -> new PlanPdf(plan).write(out);
            case TableReport table -> new TablePdf(table).write(out);
        }
    }
}
