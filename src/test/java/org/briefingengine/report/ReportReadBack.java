package org.briefingengine.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written briefing back page by page, for the layout checks of issue 19. */
public final class ReportReadBack {

    private static final Pattern FOOTER = Pattern.compile("Page \\d+ of \\d+");

    private ReportReadBack() {
    }

    /** The text of each page, as PDFBox reads it in reading order. */
    public static List<String> pages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    /** The whole text in the order it was drawn (a table cell's lines stay together), white space collapsed. */
    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The last line of a page's body: its text without the page number below it. */
    public static String lastBodyLine(String page) {
        List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !FOOTER.matcher(l).matches()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Words of the text, split at white space. */
    public static List<String> tokens(String text) {
        return List.of(text.split("\\s+"));
    }
}
