package dev.overload.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's content as one table, made by the module whose data it is ({@link TableReportSource}) and written by
 * reporting as JSON (a row an object), CSV (a row a line) or PDF (the table, after a bar chart when one helps).
 *
 * @param title what the report is, its heading
 * @param rows values in the columns' order: text, numbers, dates, instants, ids or null
 * @param chart one bar per row, labelled by one column and as long as another; null when a chart would not help
 */
public record ReportTable(String title, List<Column> columns, List<List<@Nullable Object>> rows,
        @Nullable BarChart chart) {

    public ReportTable {
        columns = List.copyOf(columns);
        for (List<@Nullable Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of " + row.size() + " values for " + columns.size()
                        + " columns");
            }
        }
    }

    /**
     * @param name the CSV header and JSON key ({@code active_clients})
     * @param heading the PDF column's heading ({@code Active clients})
     */
    public record Column(String name, String heading) {
    }

    /** @param labelColumn and {@code valueColumn} index {@link #columns()}; the values are numbers */
    public record BarChart(String title, String valueAxis, int labelColumn, int valueColumn) {
    }
}
