package org.briefingengine.assessment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;

/**
 * The shared reference corpus ({@code ../shared/corpus} from the Maven basedir),
 * read the way the real pipeline will: manifest metadata, and the compilation page split into its four parts
 * (state media, news agency, NGO, the High Commissioner's own statement).
 */
final class ReferenceCorpus {

    private record Part(Pattern start, String publisher, String sourceType) {
    }

    private static final List<Part> COMPILATION_PARTS = List.of(
            new Part(Pattern.compile("(?m)^CGTN\\s*$"), "CGTN", "state-media"),
            new Part(Pattern.compile("(?m)^Reuters\\s*$"), "Reuters", "news-agency"),
            new Part(Pattern.compile("(?m)^China: UN visit falls short"), "Amnesty International", "ngo"),
            new Part(Pattern.compile("(?m)^Statement by UN High Commissioner"), "UN High Commissioner for Human Rights", "un"));

    private ReferenceCorpus() {
    }

    /** The corpus folder, or null when it is absent. */
    static Path locate() {
        return org.briefingengine.TestCorpora.shared().orElse(null);
    }

    /** Every document of the corpus, segmented with the project's segmenter. */
    static List<SegmentedDocument> read(Path dir) throws IOException, CsvValidationException {
        SentenceSegmenter segmenter = new SentenceSegmenter();
        List<SegmentedDocument> out = new ArrayList<>();
        for (SourceDocument d : documents(dir)) {
            out.add(new SegmentedDocument(d, segmenter.segment(d.text())));
        }
        return out;
    }

    private static List<SourceDocument> documents(Path dir) throws IOException, CsvValidationException {
        List<SourceDocument> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("manifest.csv"), StandardCharsets.UTF_8);
             CSVReaderHeaderAware manifest = new CSVReaderHeaderAware(in)) {
            java.util.Map<String, String> row;
            while ((row = manifest.readMap()) != null) {
                String file = row.get("file");
                String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
                LocalDate published = row.get("published").isBlank() ? null : LocalDate.parse(row.get("published"));
                if ("compilation".equals(row.get("source_type"))) {
                    out.addAll(split(file, row.get("title"), published, text));
                } else {
                    out.add(new SourceDocument(file, file, 0, row.get("title"), row.get("publisher"), published,
                            row.get("source_type"), row.get("url"), text, List.of()));
                }
            }
        }
        return out;
    }

    private static List<SourceDocument> split(String file, String title, LocalDate published, String text) {
        List<Integer> starts = new ArrayList<>();
        for (Part p : COMPILATION_PARTS) {
            Matcher m = p.start().matcher(text);
            if (!m.find()) {
                throw new IllegalStateException(file + ": no part starting with " + p.start());
            }
            starts.add(m.start());
        }
        starts.set(0, 0);
        List<SourceDocument> parts = new ArrayList<>();
        for (int i = 0; i < COMPILATION_PARTS.size(); i++) {
            Part p = COMPILATION_PARTS.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            parts.add(new SourceDocument(file + "#" + (i + 1), file, i + 1, i == 0 ? title : "", p.publisher(),
                    published, p.sourceType(), "", text.substring(starts.get(i), end), List.of()));
        }
        return parts;
    }
}
