package dev.overload.reporting.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodValues;
import org.jfree.data.time.TimePeriodValuesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The reports' charts (JFreeChart), in one plain style: white, light grid, the report font, days in UTC as the
 * report's own dates are already the user's days.
 */
final class Charts {

    /** Series colours, in order; the first is the accent of bars. */
    static final Color[] PALETTE = {new Color(0x25, 0x63, 0xEB), new Color(0xEA, 0x58, 0x0C),
            new Color(0x16, 0xA3, 0x4A), new Color(0x7C, 0x3A, 0xED), new Color(0xDB, 0x27, 0x77)};
    private static final Color GRID = new Color(0xD1, 0xD5, 0xDB);
    private static final Color TEXT = new Color(0x37, 0x41, 0x51);
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    /** Beyond this many points a line is drawn without a marker at each. */
    private static final int MARKERS_UP_TO = 40;

    private Charts() {
    }

    /** A bar spanning [start, end) on a time axis. */
    record Bar(LocalDate start, LocalDate end, BigDecimal value) {

        /** A bar per ISO week (from Monday) with the sum of the values of its days. */
        static <T> List<Bar> weekly(List<T> items, Function<T, LocalDate> day, Function<T, BigDecimal> value) {
            Map<LocalDate, BigDecimal> perWeek = new TreeMap<>();
            items.forEach(item -> perWeek.merge(day.apply(item).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY)), value.apply(item), BigDecimal::add));
            return perWeek.entrySet().stream()
                    .map(week -> new Bar(week.getKey(), week.getKey().plusDays(7), week.getValue())).toList();
        }
    }

    record Point(LocalDate date, BigDecimal value) {
    }

    /** Bars over time, as weekly volume. */
    static JFreeChart bars(String title, String valueLabel, List<Bar> bars) {
        TimePeriodValues values = new TimePeriodValues(valueLabel);
        for (Bar bar : bars) {
            values.add(new SimpleTimePeriod(date(bar.start()), date(bar.end())), bar.value());
        }
        XYBarRenderer renderer = new XYBarRenderer(0.2);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        XYPlot plot = new XYPlot(new TimePeriodValuesCollection(values), dateAxis(), valueAxis(valueLabel), renderer);
        return chart(title, plot, false);
    }

    /** One line per series over time, as estimated 1RM per lift. */
    static JFreeChart lines(String title, String valueLabel, Map<String, List<Point>> series) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int index = 0;
        for (Map.Entry<String, List<Point>> entry : series.entrySet()) {
            XYSeries line = new XYSeries(entry.getKey(), true, true);
            entry.getValue().forEach(point -> line.add(date(point.date()).getTime(), point.value()));
            dataset.addSeries(line);
            renderer.setSeriesPaint(index, PALETTE[index % PALETTE.length]);
            renderer.setSeriesStroke(index, new BasicStroke(1.5f));
            renderer.setSeriesShapesVisible(index, entry.getValue().size() <= MARKERS_UP_TO);
            index++;
        }
        NumberAxis values = valueAxis(valueLabel);
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, dateAxis(), values, renderer);
        return chart(title, plot, series.size() > 1);
    }

    /** Horizontal bars by name, in the order given, as hard sets per muscle group. */
    static JFreeChart horizontalBars(String title, String valueLabel, Map<String, BigDecimal> values) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        values.forEach((name, value) -> dataset.addValue(value, valueLabel, name));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setMaximumBarWidth(0.08);
        CategoryAxis names = new CategoryAxis();
        names.setTickLabelFont(ReportFonts.INSTANCE.chart(8, false));
        names.setTickLabelPaint(TEXT);
        names.setAxisLineVisible(false);
        CategoryPlot plot = new CategoryPlot(dataset, names, valueAxis(valueLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        return chart(title, plot, false);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        if (plot instanceof XYPlot xy) {
            xy.setBackgroundPaint(Color.WHITE);
            xy.setDomainGridlinesVisible(false);
            xy.setRangeGridlinePaint(GRID);
            xy.setOutlineVisible(false);
        }
        JFreeChart chart = new JFreeChart(null, ReportFonts.INSTANCE.chart(10, true), plot, legend);
        chart.setTitle(new TextTitle(title, ReportFonts.INSTANCE.chart(10, true)));
        chart.getTitle().setPaint(TEXT);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        // Room on the right for the last date label, which is centred on the axis' end.
        chart.setPadding(new RectangleInsets(2, 2, 2, 18));
        chart.setAntiAlias(true);
        LegendTitle key = chart.getLegend();
        if (key != null) {
            key.setItemFont(ReportFonts.INSTANCE.chart(8, false));
            key.setItemPaint(TEXT);
            key.setFrame(BlockBorder.NONE);
            key.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static DateAxis dateAxis() {
        DateAxis axis = new DateAxis(null, UTC, Locale.ENGLISH);
        axis.setTickLabelFont(ReportFonts.INSTANCE.chart(8, false));
        axis.setTickLabelPaint(TEXT);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(ReportFonts.INSTANCE.chart(8, false));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(ReportFonts.INSTANCE.chart(8, false));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        return axis;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
