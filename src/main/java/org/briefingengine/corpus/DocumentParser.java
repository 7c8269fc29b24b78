package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.briefingengine.language.LanguageDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one input file into one document, or into several for a compilation page.
 *
 * <p>Steps: pick the {@link FormatReader} by extension (.txt, .md, .html/.htm, .pdf, .docx; anything else is
 * rejected); refuse empty and oversized files (see {@link ParserLimits}); extract text; remove page chrome
 * ({@link BoilerplateFilter}); take metadata from the manifest row, inferring what it lacks from the text
 * ({@link MetadataInferrer}); split compilation pages ({@link CompilationSplitter}); language = the manifest's,
 * else the one {@link LanguageDetector} finds in each document's text.
 *
 * <p>Metadata rules. Manifest values win. Without them: date = a date on the top lines; publisher = a byline
 * naming a known publisher; source type = the type of that publisher (also used when the manifest gives a known
 * publisher but no type); title = the file's own title metadata (HTML h1/title, PDF/DOCX properties), else the
 * first substantial line. Parts of a split compilation get their own publisher, type, date and title where the
 * text names them; otherwise the page's date and publisher, the type {@code compilation}, and the page's title
 * followed by "(part N)". Parts keep {@code pageStarts} relative to the part's text (starts before the part are
 * negative), so {@link SourceDocument#pageAt(int)} still gives the PDF page number.
 *
 * <p>Every failure becomes a {@link RejectedFileException} with a short reason; nothing else escapes.
 */
public class DocumentParser {

    private static final Logger log = LoggerFactory.getLogger(DocumentParser.class);

    private final ParserLimits limits;
    private final Map<String, FormatReader> readers;
    private final BoilerplateFilter filter;
    private final PublisherDirectory publishers;
    private final MetadataInferrer inferrer;
    private final CompilationSplitter splitter;

    public DocumentParser() {
        this(ParserLimits.defaults());
    }

    public DocumentParser(ParserLimits limits) {
        this.limits = limits;
        HtmlReader html = new HtmlReader();
        this.readers = Map.of("txt", new TextFileReader(), "md", new MarkdownReader(), "markdown",
                new MarkdownReader(), "html", html, "htm", html, "pdf", new PdfReader(), "docx", new DocxReader());
        this.filter = new BoilerplateFilter();
        this.publishers = new PublisherDirectory();
        this.inferrer = new MetadataInferrer(publishers);
        this.splitter = new CompilationSplitter(publishers, inferrer);
    }

    public List<SourceDocument> parse(CorpusEntry entry) throws RejectedFileException {
        String ext = extension(entry.relativePath());
        FormatReader reader = readers.get(ext);
        if (reader == null) {
            throw new RejectedFileException(ext.isEmpty() ? "unsupported file type (no extension)"
                    : "unsupported file type ." + ext);
        }
        ExtractedText extracted;
        try {
            long size = Files.size(entry.path());
            if (size == 0) {
                throw new RejectedFileException("empty file");
            }
            long cap = reader.readsWholeFile() ? limits.maxTextFileBytes() : limits.maxBinaryFileBytes();
            if (size > cap) {
                throw new RejectedFileException("too large (" + humanSize(size) + " > " + humanSize(cap) + " limit)");
            }
            extracted = reader.read(entry.path(), limits);
        } catch (IOException e) {
            throw new RejectedFileException("cannot read file (" + DocxReader.shortMessage(e) + ")", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new RejectedFileException("unreadable ." + ext + " file (" + DocxReader.shortMessage(e) + ")", e);
        }
        if (extracted.text().length() > limits.maxTextChars()) {
            throw new RejectedFileException("too much text (more than " + limits.maxTextChars() + " characters)");
        }
        NormalisedText normalised = filter.clean(extracted.text());
        if (normalised.text().isBlank()) {
            throw new RejectedFileException(ext.equals("pdf") ? "no extractable text (scanned images only?)"
                    : extracted.text().isBlank() ? "empty file (no text)" : "no content (only page chrome)");
        }
        return describe(entry, normalised, extracted.titleHint());
    }

    private List<SourceDocument> describe(CorpusEntry entry, NormalisedText normalised, String titleHint) {
        String text = normalised.text();
        ManifestEntry m = entry.manifest();
        String file = entry.relativePath();
        KnownPublisher byline = inferrer.topPublisher(text);

        LocalDate published = m != null && m.published() != null ? m.published() : inferrer.topDate(text);
        String publisher = has(m == null ? null : m.publisher()) ? m.publisher() : byline != null ? byline.name() : "";
        String sourceType = has(m == null ? null : m.sourceType()) ? m.sourceType()
                : has(m == null ? null : m.publisher()) ? publishers.sourceTypeOf(m.publisher())
                : byline != null ? byline.sourceType() : "";
        String title = has(m == null ? null : m.title()) ? m.title() : has(titleHint) ? titleHint : inferrer.title(text);
        String url = m == null ? "" : m.url();

        boolean declared = SourceTypes.COMPILATION.equalsIgnoreCase(sourceType);
        List<CompilationSplitter.Part> parts = splitter.split(text, declared, folded -> log.info(
                "{}: a compilation part headed {} has no text of its own; folded into its neighbour, not counted",
                file, folded));
        if (parts.isEmpty()) {
            return List.of(new SourceDocument(file, file, 0, title, publisher, published, sourceType, url, text,
                    normalised.pageStarts(), language(m, text)));
        }
        List<SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            CompilationSplitter.Part p = parts.get(i);
            int n = i + 1;
            List<Integer> pages = new ArrayList<>();
            for (int start : normalised.pageStarts()) {
                if (start < p.end()) {
                    pages.add(start - p.start());
                }
            }
            docs.add(new SourceDocument(file + "#" + n, file, n,
                    has(p.title()) ? p.title() : (title + " (part " + n + ")").strip(),
                    has(p.publisher()) ? p.publisher() : publisher,
                    p.published() != null ? p.published() : published,
                    has(p.sourceType()) ? p.sourceType() : SourceTypes.COMPILATION,
                    url, text.substring(p.start(), p.end()), pages, language(m, text.substring(p.start(), p.end()))));
        }
        return docs;
    }

    /** The manifest's language, else the one detected in the text. */
    private static String language(ManifestEntry m, String text) {
        return m != null && has(m.language()) ? m.language() : LanguageDetector.shared().detect(text);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    private static String extension(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String humanSize(long bytes) {
        if (bytes >= ParserLimits.MB) {
            return Math.round(bytes / (double) ParserLimits.MB) + " MB";
        }
        return bytes >= 1024 ? Math.round(bytes / 1024.0) + " KB" : bytes + " bytes";
    }
}
