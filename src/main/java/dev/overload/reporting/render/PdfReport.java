package dev.overload.reporting.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import dev.overload.training.RecordType;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 report (OpenPDF): the heading every report starts with (title, whose, period, units, zone, when made),
 * a footer on every page, and the pieces the reports are made of — section titles, tables whose header repeats
 * on each page, and charts drawn as vectors into form XObjects, their text kept as text.
 */
abstract class PdfReport<D extends ReportDocument> {

    static final float MARGIN = 40;
    static final Color GREY = new Color(0x6B, 0x72, 0x80);
    private static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
    private static final Color STRIPE = new Color(0xF3, 0xF4, 0xF6);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    protected final D report;
    protected final ReportFonts fonts = ReportFonts.INSTANCE;
    protected final Font text = fonts.regular(9);
    protected final Font small = fonts.regular(8, GREY);
    protected final Font cell = fonts.regular(8);
    protected final Font cellBold = fonts.bold(8);
    protected final String unit;
    private final DecimalFormat numbers = new DecimalFormat("#,##0.##",
            DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    protected Document document;
    private PdfWriter writer;

    PdfReport(D report) {
        this.report = report;
        this.unit = report.report().weightUnit().name().toLowerCase(Locale.ROOT);
    }

    /** The report's own content, after the heading. */
    protected abstract void body();

    /** The line under the user's name: the period, or what stands for it. */
    protected String period() {
        ReportHeading heading = report.report();
        long days = ChronoUnit.DAYS.between(heading.from(), heading.to()) + 1;
        return SHORT_DAY.format(heading.from()) + " – " + SHORT_DAY.format(heading.to()) + " (" + days
                + (days == 1 ? " day)" : " days)");
    }

    final void write(OutputStream out) {
        ReportHeading heading = report.report();
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setPageEvent(new Footer(heading.title() + " · " + heading.userName()));
        document.addTitle(heading.title() + " – " + heading.userName());
        document.addAuthor(heading.userName());
        document.addCreator("Overload");
        GregorianCalendar created = GregorianCalendar.from(heading.generatedAt().atZone(heading.timeZone()));
        document.addCreationDate(new PdfDate(created));
        document.open();
        heading(heading);
        body();
        document.close();
    }

    /** Title, whose, period, then units, zone and time of making in grey, ruled off below. */
    private void heading(ReportHeading heading) {
        PdfPCell block = new PdfPCell();
        block.setBorder(Rectangle.BOTTOM);
        block.setBorderColor(RULE);
        block.setPaddingLeft(0);
        block.setPaddingBottom(8);
        block.addElement(new Paragraph(heading.title(), fonts.bold(18)));
        block.addElement(new Paragraph(heading.userName(), fonts.regular(11)));
        block.addElement(new Paragraph(period(), fonts.regular(11)));
        block.addElement(new Paragraph("Weights in " + unit + " · days in " + heading.timeZone().getId()
                + " · generated " + TIME.format(heading.generatedAt().atZone(heading.timeZone())), small));
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.addCell(block);
        document.add(table);
    }

    protected void section(String title) {
        Paragraph paragraph = new Paragraph(title, fonts.bold(12));
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        document.add(paragraph);
    }

    protected void subsection(String title, @Nullable String detail) {
        Paragraph paragraph = new Paragraph(title, fonts.bold(10));
        if (detail != null && !detail.isBlank()) {
            paragraph.add(new Phrase("   " + detail, small));
        }
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(3);
        document.add(paragraph);
    }

    protected void paragraph(String content) {
        Paragraph paragraph = new Paragraph(content, text);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /**
     * The chart across the page, {@code height} points tall, as vectors with its text as text, kept on one page with
     * the section title above it (when given).
     */
    protected void chart(@Nullable String sectionTitle, JFreeChart chart, float height) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fonts);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(4);
        block.setSpacingAfter(4);
        if (sectionTitle != null) {
            PdfPCell title = new PdfPCell(new Phrase(sectionTitle, fonts.bold(12)));
            title.setBorder(Rectangle.NO_BORDER);
            title.setPaddingLeft(0);
            title.setPaddingTop(6);
            title.setPaddingBottom(6);
            block.addCell(title);
        }
        PdfPCell drawing = new PdfPCell(Image.getInstance(template), false);
        drawing.setBorder(Rectangle.NO_BORDER);
        drawing.setPadding(0);
        block.addCell(drawing);
        document.add(block);
    }

    /** A table with a bold header row that repeats on every page it runs over. */
    protected PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(6);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell header = new PdfPCell(new Phrase(headers[i], cellBold));
            header.setBorder(Rectangle.BOTTOM);
            header.setBorderColor(GREY);
            header.setPaddingBottom(4);
            header.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(header);
        }
        return table;
    }

    protected void add(PdfPTable table, boolean striped, boolean bold, int leftAligned, @Nullable Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            PdfPCell content = new PdfPCell(new Phrase(value == null ? "" : value.toString(), bold ? cellBold : cell));
            content.setBorder(Rectangle.NO_BORDER);
            content.setPaddingTop(2);
            content.setPaddingBottom(3);
            content.setHorizontalAlignment(i < leftAligned ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            if (striped) {
                content.setBackgroundColor(STRIPE);
            }
            table.addCell(content);
        }
    }

    /** The personal records set, under their own section; nothing when there are none. */
    protected void records(List<RecordEntry> records) {
        if (records.isEmpty()) {
            return;
        }
        section("Personal records set");
        PdfPTable table = table(new float[]{3, 5, 4, 3}, "Date", "Exercise", "Record", "Value");
        int row = 0;
        for (RecordEntry record : records) {
            add(table, row++ % 2 == 1, false, 3, shortDay(record.date()), record.exerciseName(),
                    recordName(record.recordType()), record.recordType() == RecordType.MOST_REPS_AT_WEIGHT
                            ? number(record.value()) + " reps at " + number(record.weight()) + " " + unit
                            : number(record.value()) + " " + unit);
        }
        document.add(table);
    }

    private static String recordName(RecordType type) {
        return switch (type) {
            case HEAVIEST_WEIGHT -> "Heaviest weight";
            case MOST_REPS_AT_WEIGHT -> "Most reps at a weight";
            case BEST_ESTIMATED_1RM -> "Best estimated 1RM";
            case BEST_SET_VOLUME -> "Best set volume";
            case BEST_SESSION_VOLUME -> "Best session volume";
        };
    }

    protected String number(@Nullable BigDecimal value) {
        return value == null ? "–" : numbers.format(value);
    }

    protected String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    protected String change(@Nullable BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + number(rounded) + " %";
    }

    protected static String day(LocalDate date) {
        return DAY.format(date);
    }

    protected static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** "5 × 100" (reps × weight), or a dash when neither is known. */
    protected String repsAt(@Nullable Integer reps, @Nullable BigDecimal weight) {
        if (reps == null && weight == null) {
            return "–";
        }
        return (reps == null ? "?" : reps.toString()) + " × " + number(weight);
    }

    /** "Overload · title · user" on the left and the page number on the right of every page. */
    private final class Footer extends PdfPageEventHelper {

        private final String label;

        Footer(String label) {
            this.label = label;
        }

        @Override
        public void onEndPage(PdfWriter pdf, Document pages) {
            PdfContentByte canvas = pdf.getDirectContent();
            float y = pages.bottom() - 18;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("Overload · " + label, small),
                    pages.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + pdf.getPageNumber(), small), pages.right(), y, 0);
        }
    }
}
