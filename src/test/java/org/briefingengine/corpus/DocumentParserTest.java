package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {

    @TempDir
    Path dir;

    private final DocumentParser parser = new DocumentParser();

    private List<SourceDocument> parse(String name, ManifestEntry manifest) throws RejectedFileException {
        return parser.parse(new CorpusEntry(dir.resolve(name), name, manifest));
    }

    private SourceDocument parseOne(String name, String content) throws IOException, RejectedFileException {
        Files.writeString(dir.resolve(name), content);
        List<SourceDocument> docs = parse(name, null);
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void markdownSyntaxIsStripped() throws Exception {
        SourceDocument doc = parseOne("note.md", "## The *Fictional* Panel ##\n\n"
                + "The panel asked for [a full report](#) and **prompt** access \\(soon\\).\nIt wrapped here.\n\n"
                + "- first ask\n* second ask\n\n> a quoted line\n\n[ref]: https://example.org\n");
        assertThat(doc.text()).isEqualTo("The Fictional Panel\n"
                + "The panel asked for a full report and prompt access (soon). It wrapped here.\n\n"
                + "first ask\nsecond ask\na quoted line");
        assertThat(doc.title()).isEqualTo("The Fictional Panel");
    }

    @Test
    void htmlKeepsOnlyTheMainText() throws Exception {
        SourceDocument doc = parseOne("page.html", "<html><head><title>Site title</title><style>p{}</style>"
                + "<script>var x = 'no';</script></head><body><header>Logo Home About</header>"
                + "<nav><a href='#'>Menu link</a></nav><main><h1>Board urges access</h1>"
                + "<p>The board met on <b>Tuesday</b>.</p><p>It asked for<br>open visits.</p>"
                + "<aside>Donate now</aside></main><footer>Copyright notice</footer></body></html>");
        assertThat(doc.text()).isEqualTo("Board urges access\n\nThe board met on Tuesday.\n\nIt asked for\nopen visits.");
        assertThat(doc.title()).isEqualTo("Board urges access");
    }

    @Test
    void pdfTextKeepsPageStarts() throws Exception {
        TestFiles.pdf(dir.resolve("report.pdf"), List.of(
                List.of("Page one opens the fictional report.", "1"),
                List.of("Page two continues with findings.", "2")), null);
        SourceDocument doc = parse("report.pdf", null).get(0);
        assertThat(doc.text()).contains("Page one opens the fictional report.")
                .contains("Page two continues with findings.").doesNotContain("\f");
        assertThat(doc.pageStarts()).hasSize(2).first().isEqualTo(0);
        int second = doc.text().indexOf("Page two");
        assertThat(doc.pageStarts().get(1)).isEqualTo(second);
        assertThat(doc.pageAt(second + 3)).isEqualTo(2);
        assertThat(doc.pageAt(3)).isEqualTo(1);
    }

    @Test
    void docxParagraphsAreRead() throws Exception {
        TestFiles.docx(dir.resolve("memo.docx"), List.of("Internal memo on visits", "",
                "The delegation asked for unsupervised access. The hosts declined."));
        SourceDocument doc = parse("memo.docx", null).get(0);
        assertThat(doc.text()).isEqualTo("Internal memo on visits\n\n"
                + "The delegation asked for unsupervised access. The hosts declined.");
        assertThat(doc.title()).isEqualTo("Internal memo on visits");
    }

    @Test
    void encodingsAreDetectedAndBomStripped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Zo\u00eb\u2019s caf\u00e9 statement.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(dir.resolve("bom.txt"), all);
        assertThat(parse("bom.txt", null).get(0).text()).isEqualTo("Zo\u00eb\u2019s caf\u00e9 statement.");
        Files.write(dir.resolve("cp.txt"), "Zo\u00eb\u2019s caf\u00e9 statement.".getBytes(EncodingDetector.WINDOWS_1252));
        assertThat(parse("cp.txt", null).get(0).text()).isEqualTo("Zo\u00eb\u2019s caf\u00e9 statement.");
        Files.write(dir.resolve("odd.txt"), new byte[] {'o', 'k', (byte) 0x81, ' ', 'f', 'i', 'n', 'e'});
        assertThat(parse("odd.txt", null).get(0).text()).startsWith("ok").endsWith(" fine");
    }

    @Test
    void pageChromeIsRemovedButContentKept() throws Exception {
        String promo = "Our 2030 highlights";
        String teaser = "See the ten things our members achieved together this year with your help!";
        SourceDocument doc = parseOne("web.txt", promo + "\n" + teaser + "\nUN Photo\n\n"
                + "Monitors Demand Access To Detention Sites\n\nShare this\nTweet\n\n"
                + "The monitors said the visit was too short. They asked for a second trip.\n\n"
                + "We use cookies to improve your experience. Accept all cookies\n\n"
                + "Read more:\n\nAn older piece about a different country\n\n"
                + "The group will publish its findings in June.\n\n" + teaser + "\n"
                + "Another teaser about an unrelated event.\n\nRelated articles\n\nSomething else entirely\n");
        assertThat(doc.text()).isEqualTo("Monitors Demand Access To Detention Sites\n\n"
                + "The monitors said the visit was too short. They asked for a second trip.\n\n"
                + "The group will publish its findings in June.");
        assertThat(doc.title()).isEqualTo("Monitors Demand Access To Detention Sites");
    }

    @Test
    void relatedArticlesTrailerIsDroppedOnlyNearTheEnd() throws Exception {
        String body = "A long paragraph about the session and what delegates said about access. ".repeat(8);
        SourceDocument doc = parseOne("t.txt", "Related articles\n\n" + body + "\n\nRelated articles\n\nOther story\n");
        assertThat(doc.text()).startsWith("Related articles").contains(body.strip()).doesNotContain("Other story");
    }

    @Test
    void dateAndPublisherAreInferredFromTheTopOfTheText() throws Exception {
        SourceDocument doc = parseOne("top.txt", "\n\nPanel Finds Gaps In Visit Plan\n\nReuters\n\n"
                + "Wednesday, June 1, 2022\n\nThe panel found gaps. It asked for more time.\n");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(doc.publisher()).isEqualTo("Reuters");
        assertThat(doc.sourceType()).isEqualTo("news-agency");
        assertThat(doc.title()).isEqualTo("Panel Finds Gaps In Visit Plan");

        ManifestEntry manifest = new ManifestEntry("top.txt", "Given title", "Given Org",
                LocalDate.of(2020, 1, 2), "government", "https://example.org");
        SourceDocument withManifest = parse("top.txt", manifest).get(0);
        assertThat(withManifest.published()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(withManifest.publisher()).isEqualTo("Given Org");
        assertThat(withManifest.sourceType()).isEqualTo("government");
        assertThat(withManifest.title()).isEqualTo("Given title");
        assertThat(withManifest.url()).isEqualTo("https://example.org");
    }

    @Test
    void compilationPagesAreSplitIntoAttributedParts() throws Exception {
        String text = "Monday, March 7, 2022\n\nOfficials praise the tour of the region\n\n07-Mar-2022\nXinhua\n\n"
                + "Officials said the tour showed real progress. They thanked the visitors.\n\n"
                + "AFP\nMarch 7, 2022\n\n"
                + "Rights groups doubt the tour's value\n\n"
                + "Reacting to the tour, Human Rights Watch's regional director said:\n\n"
                + "“The tour was stage-managed from start to finish. Independent access is still denied.”\n\n"
                + "“The tour was stage-managed from start to finish. Independent access is still denied.” "
                + "Jane Roe, regional director\n\n"
                + "Remarks by the UN Special Rapporteur on housing at the end of her visit\n\n7 March 2022\n\n"
                + "I thank the authorities for their invitation. I will report to the Council in June.\n\n"
                + "No comments:\n";
        Files.writeString(dir.resolve("comp.txt"), text);
        List<SourceDocument> parts = parse("comp.txt", null);
        // "AFP / March 7, 2022" heads no text of its own: folded into the part before it, not a document.
        assertThat(parts).extracting(SourceDocument::id).containsExactly("comp.txt#1", "comp.txt#2", "comp.txt#3");
        assertThat(parts).extracting(SourceDocument::part).containsExactly(1, 2, 3);
        assertThat(parts).extracting(SourceDocument::publisher).containsExactly("Xinhua", "Human Rights Watch",
                "UN Special Rapporteur on housing");
        assertThat(parts).extracting(SourceDocument::sourceType).containsExactly("state-media", "ngo", "un");
        assertThat(parts).extracting(SourceDocument::published).containsOnly(LocalDate.of(2022, 3, 7));
        assertThat(parts.get(0).text()).endsWith("AFP\nMarch 7, 2022");
        assertThat(parts.get(1).title()).isEqualTo("Rights groups doubt the tour's value");
        assertThat(parts.get(2).text()).startsWith("Remarks by").endsWith("in June.");
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isGreaterThan(40));
        List<String> folded = new java.util.ArrayList<>();
        PublisherDirectory publishers = new PublisherDirectory();
        new CompilationSplitter(publishers, new MetadataInferrer(publishers)).split(text, false, folded::add);
        assertThat(folded).containsExactly("\u201cAFP\u201d, 2022-03-07");
        List<Sentence> sentences = new SentenceSegmenter().segment(parts.get(1).text());
        assertThat(sentences.stream().filter(Sentence::repeat)).hasSize(2);
    }

    @Test
    void declaredCompilationWithoutStructureStaysWhole() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "Just one piece of text here without any bylines at all.\n");
        ManifestEntry m = new ManifestEntry("c.txt", "", "", null, "compilation", "");
        List<SourceDocument> docs = parse("c.txt", m);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).sourceType()).isEqualTo("compilation");
        assertThat(docs.get(0).part()).isZero();
    }
}
