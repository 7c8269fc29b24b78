package org.briefingengine.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits a compilation page (several pieces from different publishers pasted together) into parts.
 *
 * <p>A part starts at an <em>anchor</em>:
 * <ol>
 * <li>a header: a line naming a known publisher ("Reuters", "CGTN") right before or after a date line
 * ("May 28, 2022"); a headline line just above the header (short, no sentence end) is pulled into the part;</li>
 * <li>a statement heading ("Statement by …", "Remarks by …", "Joint statement of …") followed within two lines by a
 * date line; the publisher is the known publisher it names, else the speaker's name;</li>
 * <li>only once the page is known to be a compilation: a headline followed by a lead paragraph attributing the piece
 * to a known publisher other than the current part's ("Amnesty International's Secretary General said:").</li>
 * </ol>
 * The page is split when the manifest declares it a compilation, or when it shows at least two anchors of kinds
 * 1–2 with different publishers. Text before the first anchor is merged into the first part unless it is
 * substantial (more than three lines, or a line over 200 characters), in which case it is a part of its own with
 * no known publisher. Fewer than two parts means no split.
 *
 * <p>Each part's date is its header's date, else a date on its first lines, else {@code null} (the caller falls
 * back to the page's date).
 *
 * <p>A part with no body (nothing but its header: a byline, a date line, a headline or statement heading) is no
 * document: its lines are folded into the part before it (or, for the first, into the next), and the caller is
 * told, so that a page ending a piece with "Reuters / May 28, 2022" does not list a 20-character "Reuters" source.
 */
final class CompilationSplitter {

    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)((joint|press|opening|closing|oral|written)\\s+)?(statement|remarks|speech|address)\\s+(by|of)\\s+.{3,}");
    private static final Pattern SPEAKER_END = Pattern.compile("(?i)\\s+(after|at|during|following|before|upon)\\s.*");

    private final PublisherDirectory publishers;
    private final MetadataInferrer inferrer;

    CompilationSplitter(PublisherDirectory publishers, MetadataInferrer inferrer) {
        this.publishers = publishers;
        this.inferrer = inferrer;
    }

    /** One piece of a compilation: offsets into the page text and what is known about it (fields may be empty). */
    record Part(int start, int end, String publisher, String sourceType, LocalDate published, String title) {
    }

    private record Anchor(int line, String publisher, String sourceType, LocalDate date, String title) {
    }

    List<Part> split(String text, boolean declaredCompilation) {
        return split(text, declaredCompilation, folded -> { });
    }

    /**
     * As {@link #split(String, boolean)}; {@code folded} hears, for each header-only part folded into its
     * neighbour, a short description of it ("“Reuters”, May 28, 2022").
     */
    List<Part> split(String text, boolean declaredCompilation, Consumer<String> folded) {
        List<TextLine> lines = TextLine.nonEmptyLines(text);
        List<Anchor> anchors = explicitAnchors(lines);
        Set<String> distinct = new HashSet<>();
        anchors.forEach(a -> distinct.add(a.publisher()));
        if (!declaredCompilation && distinct.size() < 2) {
            return List.of();
        }
        anchors = withoutHeaderOnlyParts(lines, withAttributionLeads(lines, anchors), folded);
        if (anchors.isEmpty()) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        int firstLine = anchors.get(0).line();
        if (firstLine > 0 && substantial(lines.subList(0, firstLine))) {
            parts.add(part(text, lines, 0, firstLine, new Anchor(0, "", "", null, "")));
        } else {
            anchors.set(0, new Anchor(0, anchors.get(0).publisher(), anchors.get(0).sourceType(),
                    anchors.get(0).date(), anchors.get(0).title()));
        }
        for (int i = 0; i < anchors.size(); i++) {
            int endLine = i + 1 < anchors.size() ? anchors.get(i + 1).line() : lines.size();
            parts.add(part(text, lines, anchors.get(i).line(), endLine, anchors.get(i)));
        }
        return parts.size() < 2 ? List.of() : parts;
    }

    private Part part(String text, List<TextLine> lines, int fromLine, int toLine, Anchor anchor) {
        List<TextLine> own = lines.subList(fromLine, toLine);
        int start = own.get(0).start();
        int end = own.get(own.size() - 1).end();
        LocalDate date = anchor.date() != null ? anchor.date() : MetadataInferrer.topDate(own);
        String title = anchor.title().isEmpty() ? inferrer.title(own) : anchor.title();
        return new Part(start, end, anchor.publisher(), anchor.sourceType(), date, title);
    }

    private List<Anchor> explicitAnchors(List<TextLine> lines) {
        List<Anchor> anchors = new ArrayList<>();
        int lastHeaderLine = -1;
        for (int k = 0; k < lines.size(); k++) {
            String s = lines.get(k).text();
            KnownPublisher p = publishers.fromLine(s);
            if (p != null) {
                int dateLine = isDateLine(lines, k - 1) && k - 1 > lastHeaderLine ? k - 1 : isDateLine(lines, k + 1) ? k + 1 : -1;
                if (dateLine >= 0) {
                    int start = Math.min(k, dateLine);
                    if (start - 1 > lastHeaderLine && isHeadline(lines.get(start - 1).text())) {
                        start--;
                    }
                    anchors.add(new Anchor(start, p.name(), p.sourceType(),
                            DateParser.find(lines.get(dateLine).text()), ""));
                    lastHeaderLine = Math.max(k, dateLine);
                    continue;
                }
            }
            if (s.length() <= 250 && STATEMENT.matcher(s).matches()
                    && (isDateLine(lines, k + 1) || isDateLine(lines, k + 2))) {
                int dateLine = isDateLine(lines, k + 1) ? k + 1 : k + 2;
                KnownPublisher named = publishers.mentionedIn(s);
                String speaker = named != null ? named.name() : speaker(s);
                String type = named != null ? named.sourceType() : guessType(speaker);
                anchors.add(new Anchor(k, speaker, type, DateParser.find(lines.get(dateLine).text()), s));
                lastHeaderLine = dateLine;
            }
        }
        return anchors;
    }

    /** Adds anchors of kind 3 (headline + lead paragraph naming another publisher as the speaker). */
    private List<Anchor> withAttributionLeads(List<TextLine> lines, List<Anchor> explicit) {
        List<Anchor> all = new ArrayList<>();
        int next = 0;
        String current = "";
        for (int k = 0; k < lines.size(); k++) {
            if (next < explicit.size() && explicit.get(next).line() == k) {
                Anchor a = explicit.get(next++);
                all.add(a);
                current = a.publisher();
                continue;
            }
            if (k + 1 >= lines.size() || !isHeadline(lines.get(k).text()) || lines.get(k).words() < 3
                    || isDateLine(lines, k) || publishers.fromLine(lines.get(k).text()) != null
                    || (next < explicit.size() && explicit.get(next).line() == k + 1)) {
                continue;
            }
            KnownPublisher speaker = publishers.speakerOf(lines.get(k + 1).text());
            if (speaker != null && !speaker.name().equals(current)) {
                all.add(new Anchor(k, speaker.name(), speaker.sourceType(), null, lines.get(k).text()));
                current = speaker.name();
            }
        }
        return all;
    }

    /**
     * Drops the anchors whose lines, up to the next anchor, hold nothing but the header: the anchor's first line
     * (headline, byline or heading), publisher lines and date lines. Their lines then belong to the part before.
     */
    private List<Anchor> withoutHeaderOnlyParts(List<TextLine> lines, List<Anchor> anchors, Consumer<String> folded) {
        List<Anchor> kept = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            int end = i + 1 < anchors.size() ? anchors.get(i + 1).line() : lines.size();
            boolean body = false;
            for (int k = a.line() + 1; k < end && !body; k++) {
                body = !isDateLine(lines, k) && publishers.fromLine(lines.get(k).text()) == null;
            }
            if (body) {
                kept.add(a);
            } else {
                folded.accept("\u201c" + (a.publisher().isEmpty() ? lines.get(a.line()).text() : a.publisher())
                        + "\u201d" + (a.date() == null ? "" : ", " + a.date()));
            }
        }
        return kept;
    }

    private static boolean isDateLine(List<TextLine> lines, int k) {
        if (k < 0 || k >= lines.size()) {
            return false;
        }
        String s = lines.get(k).text();
        return DateParser.parse(s) != null || (s.length() <= 40 && DateParser.find(s) != null);
    }

    private static boolean isHeadline(String line) {
        return BoilerplateFilter.isHeadline(line) && DateParser.parse(line) == null;
    }

    private static boolean substantial(List<TextLine> prelude) {
        return prelude.size() > 3 || prelude.stream().anyMatch(l -> l.text().length() > 200);
    }

    /** "Statement by the Special Rapporteur on X after her visit" → "Special Rapporteur on X". */
    private static String speaker(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        int by = lower.indexOf(" by ");
        int of = lower.indexOf(" of ");
        int at = by >= 0 ? by : of;
        String rest = heading.substring(at + 4).strip();
        rest = SPEAKER_END.matcher(rest).replaceFirst("").strip();
        return rest.regionMatches(true, 0, "the ", 0, 4) ? rest.substring(4) : rest;
    }

    private static String guessType(String speaker) {
        String s = " " + speaker.toLowerCase(Locale.ROOT) + " ";
        if (s.contains(" un ") || s.contains("united nations") || s.contains("special rapporteur")
                || s.contains("high commissioner") || s.contains("secretary-general")) {
            return SourceTypes.UN;
        }
        if (s.contains("minister") || s.contains("ministry") || s.contains("government") || s.contains("embassy")
                || s.contains("permanent mission")) {
            return SourceTypes.GOVERNMENT;
        }
        return "";
    }
}
