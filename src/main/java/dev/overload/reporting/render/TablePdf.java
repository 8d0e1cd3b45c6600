package dev.overload.reporting.render;

import dev.overload.reporting.ReportTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfPTable;

/** A table report: its bar chart when it has one, then the table, text columns left and numbers right. */
final class TablePdf extends PdfReport<TableReport> {

    TablePdf(TableReport report) {
        super(report);
    }

    @Override
    protected String period() {
        ReportHeading heading = report.report();
        return heading.from() == null ? "As of " + shortDay(LocalDate.ofInstant(heading.generatedAt(),
                heading.timeZone())) : super.period();
    }

    @Override
    protected void body() {
        List<ReportTable.Column> columns = report.columns();
        if (report.rows().isEmpty()) {
            paragraph("Nothing to report.");
            return;
        }
        ReportTable.BarChart bars = report.chart();
        if (bars != null) {
            String label = columns.get(bars.labelColumn()).name();
            String value = columns.get(bars.valueColumn()).name();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            report.rows().forEach(row -> values.merge(String.valueOf(row.get(label)), decimal(row.get(value)),
                    BigDecimal::add));
            chart(null, Charts.horizontalBars(bars.title(), bars.valueAxis(), values), 50 + 14 * values.size());
        }
        float[] widths = new float[columns.size()];
        Arrays.fill(widths, 1);
        PdfPTable table = table(widths, columns.stream().map(ReportTable.Column::heading).toArray(String[]::new));
        int leftAligned = 0;
        for (Object cell : report.rows().getFirst().values()) {
            if (cell instanceof Number) {
                break;
            }
            leftAligned++;
        }
        int row = 0;
        for (Map<String, @Nullable Object> values : report.rows()) {
            add(table, row++ % 2 == 1, false, leftAligned, values.values().stream().map(this::shown).toArray());
        }
        document.add(table);
    }

    private String shown(@Nullable Object value) {
        return switch (value) {
            case null -> "–";
            case BigDecimal decimal -> number(decimal);
            case Long whole -> number(whole);
            case Integer whole -> number(whole);
            case Double fraction -> number(BigDecimal.valueOf(fraction));
            case LocalDate date -> shortDay(date);
            default -> value.toString();
        };
    }

    private static BigDecimal decimal(@Nullable Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal;
            case Number number -> new BigDecimal(number.toString());
            case null, default -> BigDecimal.ZERO;
        };
    }
}
