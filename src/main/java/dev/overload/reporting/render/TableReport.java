package dev.overload.reporting.render;

import dev.overload.reporting.ReportTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Another module's report as one table ({@link ReportTable}).
 *
 * @param rows each row as an object keyed by its columns' names, in their order
 */
public record TableReport(ReportHeading report, List<ReportTable.Column> columns,
        List<Map<String, @Nullable Object>> rows, ReportTable.@Nullable BarChart chart) implements ReportDocument {

    public static TableReport of(ReportHeading heading, ReportTable table) {
        List<Map<String, @Nullable Object>> rows = table.rows().stream().map(values -> {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                row.put(table.columns().get(i).name(), values.get(i));
            }
            return row;
        }).toList();
        return new TableReport(heading, table.columns(), rows, table.chart());
    }
}
