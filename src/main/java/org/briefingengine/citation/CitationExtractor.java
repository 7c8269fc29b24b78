package org.briefingengine.citation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.Sentence;
import org.briefingengine.corpus.SourceDocument;

/**
 * Finds citations of catalogue mechanisms in one document, in a single pass over its text. Thread-safe: all
 * patterns are compiled once, in the constructor.
 *
 * <p>Counting rules: sentences flagged as repeats (pull quotes) are skipped; within a document a citation is
 * kept once per (mechanism, reference, quote), the quote compared without case, punctuation or spacing; a plain
 * mention is dropped when its sentence also cites a formal reference of the same mechanism (so
 * "CERD, Concluding Observations (2018)" counts as that reference only).
 */
public class CitationExtractor {

    private final MentionScanner scanner;

    public CitationExtractor(MechanismCatalogue catalogue) {
        this.scanner = new MentionScanner(catalogue.rules());
    }

    public List<Citation> extract(SegmentedDocument doc) {
        SourceDocument d = doc.document();
        List<Located> located = new ArrayList<>();
        Set<String> sentencesWithReference = new HashSet<>();
        for (MentionScanner.Hit hit : scanner.scan(LinkResidue.mask(d.text()), doc.budget())) {
            Sentence s = doc.sentenceAt(hit.start());
            if (s == null || s.repeat()) {
                continue;
            }
            located.add(new Located(hit, s));
            if (!hit.reference().isEmpty()) {
                sentencesWithReference.add(hit.rule().code() + "@" + s.start());
            }
        }
        List<Citation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Located l : located) {
            MentionScanner.Hit hit = l.hit();
            if (hit.reference().isEmpty() && sentencesWithReference.contains(hit.rule().code() + "@" + l.sentence().start())) {
                continue;
            }
            String quote = doc.quote(l.sentence());
            if (seen.add(hit.rule().code() + '\u0000' + hit.reference() + '\u0000' + comparable(quote))) {
                Mechanism m = hit.rule().mechanism();
                out.add(new Citation(d.id(), d.publisher(), d.published(), m.code(), m.family(), hit.reference(),
                        quote, hit.start(), hit.end(), hit.note()));
            }
        }
        return out;
    }

    private static String comparable(String quote) {
        return quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private record Located(MentionScanner.Hit hit, Sentence sentence) {
    }
}
