package org.briefingengine.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text faces of the briefing, handed to openhtmltopdf with PDFBox's glyph substitution (GSUB) turned off.
 * With it on, PDFBox sets "fi" and "fl" as ligature glyphs, so the text layer that search, copy and screen
 * readers use says "ﬁrst" instead of "first"; it also rebuilds a regular expression for every run of text,
 * which was 40% of the time taken to write a briefing. The family names are the ones {@code briefing.css} uses;
 * its one {@code @font-face} rule left is the charts' ({@code Chart Sans}), since Batik reads only those rules.
 */
final class BriefingFonts {

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400, FontStyle.NORMAL),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700, FontStyle.NORMAL),
            new Face("NotoSans-Italic.ttf", "Noto Sans", 400, FontStyle.ITALIC),
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400, FontStyle.NORMAL));

    private BriefingFonts() {
    }

    static void register(PdfRendererBuilder builder, PDDocument document, Path fontsDir) {
        for (Face face : FACES) {
            builder.useFont(new LazyFont(document, fontsDir.resolve(face.file())), face.family(), face.weight(),
                    face.style(), true);
        }
    }

    /** Loads its face the first time openhtmltopdf asks for it, so an unused face costs nothing. */
    private static final class LazyFont extends PDFontSupplier {

        private final PDDocument document;
        private final Path file;
        private PDFont font;

        LazyFont(PDDocument document, Path file) {
            super(null);
            this.document = document;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(document, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read font " + file, e);
                }
            }
            return font;
        }
    }
}
