package dev.overload.reporting.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A generated PDF read back with PDFBox: its text, its charts (form XObjects), its fonts, its pages drawn. */
public final class PdfPages {

    /** The accent colour the charts draw bars and first lines in. */
    static final Color ACCENT = new Color(0x25, 0x63, 0xEB);

    private PdfPages() {
    }

    public static String text(PDDocument pdf) {
        try {
            return new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The charts of every page: vector drawings each in a form XObject, as the reports place them. */
    public static List<PDFormXObject> charts(PDDocument pdf) {
        List<PDFormXObject> charts = new ArrayList<>();
        pdf.getPages().forEach(page -> charts.addAll(charts(page)));
        return charts;
    }

    private static List<PDFormXObject> charts(PDPage page) {
        List<PDFormXObject> charts = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form) {
                    charts.add(form);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return charts;
    }

    /** Every font used on the pages or in their charts. */
    static List<PDFont> fonts(PDDocument pdf) {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            collectFonts(page.getResources(), fonts);
            charts(page).forEach(chart -> collectFonts(chart.getResources(), fonts));
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) {
        for (COSName name : resources.getFontNames()) {
            try {
                fonts.add(resources.getFont(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Each page drawn at 72 dpi; a page that cannot be drawn throws. */
    static List<BufferedImage> render(PDDocument pdf) {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<BufferedImage> pages = new ArrayList<>();
        try {
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, 72));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** How many pixels of the page are (nearly) the colour. */
    static long pixels(BufferedImage page, Color color) {
        long count = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                Color pixel = new Color(page.getRGB(x, y));
                if (Math.abs(pixel.getRed() - color.getRed()) < 12 && Math.abs(pixel.getGreen() - color.getGreen()) < 12
                        && Math.abs(pixel.getBlue() - color.getBlue()) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
