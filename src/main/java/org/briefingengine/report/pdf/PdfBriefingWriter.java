package org.briefingengine.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefingengine.report.BriefingReport;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Writes the weekly PDF briefing: fills the HTML template {@code briefing/briefing.html} of the templates folder
 * with the report and renders it with openhtmltopdf as a tagged PDF (PDF/UA) that also claims PDF/A-2u, with
 * every font embedded. Only key quotes and aggregates are printed; the evidence and citation streams of the
 * report are never read, so the size of the corpus does not change the memory this takes.
 */
public class PdfBriefingWriter {

    private static final String TEMPLATE = "briefing/briefing.html";

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final Path templatesDir;

    /** @param templatesDir the project's {@code templates/} folder, holding {@code briefing/} and {@code fonts/} */
    public PdfBriefingWriter(Path templatesDir) {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
    }

    public void write(BriefingReport report, Path pdf) throws IOException {
        Path template = templatesDir.resolve(TEMPLATE);
        Document html = new BriefingHtmlBuilder(template).build(report);
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(pdf); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_2_U)
                    .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                    .useSVGDrawer(new BatikSVGDrawer())
                    .withProducer("Briefing Engine")
                    .withW3cDocument(new W3CDom().fromJsoup(html), template.toUri().toString())
                    .toStream(out);
            BriefingFonts.register(builder, document, templatesDir.resolve("fonts"));
            // Arabic: split and reordered right to left, letters shaped (ICU), so it reads and searches as written.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.run();
        }
    }
}
