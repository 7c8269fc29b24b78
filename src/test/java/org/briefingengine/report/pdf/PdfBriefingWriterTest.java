package org.briefingengine.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the written briefing back with PDFBox: text, outline, tagging, metadata and fonts. */
class PdfBriefingWriterTest {

    static final List<String> SECTIONS = List.of("Executive summary", "What changed since last week",
            "Conditions at a glance", "Key quotes per condition", "Citations per mechanism", "Formal references",
            "Sources", "Method");

    /** Kept under target/ so the pages can be looked at (pdftoppm) after a run. */
    static final Path dir = Paths.get("target", "briefing-samples");

    static Path fullPdf;

    @BeforeAll
    static void writeFullBriefing() throws IOException {
        fullPdf = dir.resolve("briefing-full.pdf");
        new PdfBriefingWriter(Paths.get("templates")).write(BriefingFixtures.full(), fullPdf);
    }

    @Test
    void textHoldsEverySectionAndUnicodeAsText() throws IOException {
        String text = text(fullPdf);
        assertThat(text).contains(SECTIONS).contains("Contents", "Weekly briefing 2022-W21",
                "23 May 2022 to 29 May 2022", BriefingFixtures.CORPUS_FINGERPRINT);
        assertThat(text).contains(BriefingFixtures.CJK_TITLE, BriefingFixtures.CJK_PUBLISHER, "Ní Aoláin",
                "“remain unpublished”", "visit’s first week");
        assertThat(text).contains("Not met", "Partly met", "Contested", "No evidence", "reviewed",
                "Analyst note: Two NGO briefings", "NEW", "A/HRC/51/12", "undated", "no text layer");
        assertThat(text).doesNotContain("\uFFFD", "?ÿ");
        // A quotation is attributed to its speaker, and labelled with its stance.
        assertThat(text.replaceAll("\\s+", " ")).contains("Fionnuala Ní Aoláin, quoted by Office of the Special Rapporteur")
                .contains("contradicts");
    }

    /**
     * Each glyph's own text, before PDFTextStripper folds presentation forms: a ligature glyph would read
     * "ﬁ" (U+FB01) there, and search, copy and screen readers would see "ﬁrst" instead of "first".
     */
    @Test
    void textLayerSpellsLettersOutWithoutLigatureGlyphs() throws IOException {
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(fullPdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.append(text.getUnicode());
                    super.processTextPosition(text);
                }
            };
            stripper.getText(pdf);
        }
        assertThat(glyphs.toString()).contains("first", "fi", "ffi").doesNotContainPattern("[\uFB00-\uFB06]");
    }

    @Test
    void documentTextStaysTextNeverMarkup() throws IOException {
        assertThat(text(fullPdf)).contains("<b>Not bold</b> & =HYPERLINK(\"x\") <script>alert(1)<");
    }

    @Test
    void outlineHasABookmarkPerSection() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fullPdf.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).containsAll(SECTIONS).contains("Weekly briefing 2022-W21", "Contents");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void taggedWithHeadingsTablesAndChartAltText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fullPdf.toFile())) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualToIgnoringCase("en");
            List<PDStructureElement> elements = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), elements);
            Set<String> types = new HashSet<>();
            elements.forEach(e -> types.add(e.getStructureType()));
            assertThat(types).contains("H1", "H2", "H3", "Table", "TR", "TH", "TD", "Figure", "BlockQuote");
            List<String> alts = elements.stream().filter(e -> "Figure".equals(e.getStructureType()))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertThat(alts).hasSize(2).allSatisfy(alt -> assertThat(alt).isNotBlank());
            assertThat(alts.get(0)).contains("SP: 5 this week, 21 cumulative");
            assertThat(alts.get(1)).contains("2022-W18 to 2022-W21");
        }
    }

    @Test
    void metadataClaimsPdfUaAndPdfA2u() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fullPdf.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Weekly briefing 2022-W21: Minimum conditions for the 2022 visit");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Weekly briefing 2022-W21", "pdfuaid", "pdfaid");
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)2").containsPattern("pdfaid:conformance(=\"|>)U");
            assertThat(pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("ViewerPreferences")))
                    .isNotNull();
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fullPdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                fonts(page.getResources(), fonts, new HashSet<>());
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void emptyFirstRunStillMakesACompleteBriefing() throws IOException {
        Path pdf = dir.resolve("briefing-empty.pdf");
        new PdfBriefingWriter(Paths.get("templates")).write(BriefingFixtures.empty(), pdf);
        String text = text(pdf);
        assertThat(text).contains(SECTIONS).contains("The corpus gave no findings this week.",
                "No document cites a UN mechanism yet.", "The trend appears once documents from more than one week",
                "No formal reference has been cited yet.", "No document was read.",
                "The rubric gave no condition to assess.");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDStructureElement> elements = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), elements);
            assertThat(elements).noneMatch(e -> "Figure".equals(e.getStructureType()));
        }
    }

    @Test
    void longListsRunOverPagesAndAreBoundedWithAPointerToTheAnnex() throws IOException {
        Path pdf = dir.resolve("briefing-large.pdf");
        new PdfBriefingWriter(Paths.get("templates")).write(BriefingFixtures.large(), pdf);
        String text = text(pdf).replaceAll("\\s+", " ");
        // Published this week (bulk documents 7, 14, …) come first; new references come first.
        assertThat(text).contains("Bulk statement number 399 on the visit", "A/HRC/44/400", "XXXXXXXXXX");
        assertThat(text).doesNotContain("Bulk statement number 400 on the visit");
        assertThat(text).containsPattern("\\d+ more documents of the cumulative picture are not printed here")
                .containsPattern("\\d+ more formal references are not printed here");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(15);
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.add(element);
                collect(element, out);
            }
        }
    }

    private static void fonts(PDResources resources, List<PDFont> out, Set<Object> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                fonts(form.getResources(), out, seen);
            }
        }
    }
}
