package dev.overload.reporting.render;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Liberation Sans (from openpdf-fonts-extra), embedded in every PDF as a subset, for the document's text and its
 * charts' alike: Java measures chart text with the same font the PDF shows, so any viewer shows it the same.
 */
final class ReportFonts implements FontMapper {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    static final ReportFonts INSTANCE = new ReportFonts();

    private final byte[] regularBytes = read(REGULAR);
    private final byte[] boldBytes = read(BOLD);
    private final java.awt.Font awtRegular = awt(regularBytes);
    private final java.awt.Font awtBold = awt(boldBytes);
    private final BaseFont regular = base(REGULAR, regularBytes);
    private final BaseFont bold = base(BOLD, boldBytes);

    private ReportFonts() {
    }

    Font regular(float size) {
        return new Font(regular, size);
    }

    Font bold(float size) {
        return new Font(bold, size);
    }

    Font regular(float size, java.awt.Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    /** The chart font at {@code size} points. */
    java.awt.Font chart(float size, boolean isBold) {
        return (isBold ? awtBold : awtRegular).deriveFont(size);
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awt(byte[] bytes) {
        try {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                    new java.io.ByteArrayInputStream(bytes));
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load a report font", e);
        }
    }

    private static BaseFont base(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
