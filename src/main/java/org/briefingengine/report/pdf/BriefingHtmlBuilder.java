package org.briefingengine.report.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Stance;
import org.briefingengine.assessment.Status;
import org.briefingengine.language.LanguageDetector;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.OfficialRecord;
import org.briefingengine.report.BriefingReport.CorpusSummary;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.FormalReference;
import org.briefingengine.report.BriefingReport.MechanismCount;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.BriefingReport.RunInfo;
import org.briefingengine.report.BriefingReport.StatusChange;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills the briefing template with one report. Values go in only through jsoup's {@code text()} and
 * {@code attr()}, which escape them, so text from documents can never become markup. See the comment at the
 * top of {@code briefing.html} for the {@code data-field}, {@code data-slot} and {@code data-if-empty} hooks.
 */
final class BriefingHtmlBuilder {

    /** Quotes per condition at most, and characters per quote at most: the PDF is a briefing, not the annex. */
    static final int MAX_QUOTES = 5;
    static final int MAX_QUOTE_CHARS = 600;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm xxx", Locale.ENGLISH);

    /** Longest lists the briefing prints; beyond them it points to the annex. */
    static final int MAX_REFERENCES = 150;
    static final int MAX_REJECTED = 50;

    private final Path template;

    BriefingHtmlBuilder(Path template) {
        this.template = template;
    }

    Document build(BriefingReport report) throws IOException {
        Document doc = Jsoup.parse(template.toFile(), StandardCharsets.UTF_8.name(), template.toUri().toString());
        fillRunInfo(doc, report.run());
        slot(doc, "findings", ul -> report.findings().forEach(f -> ul.appendElement("li").text(f)));
        if (!report.changes().isEmpty()) {
            slot(doc, "changes", div -> changes(div, report.changes()));
        }
        if (!report.conditions().isEmpty()) {
            slot(doc, "matrix", div -> matrix(div, report.conditions()));
            notAssessedForLanguage(doc, report.corpus().notAssessedLanguage());
            slot(doc, "legend", BriefingHtmlBuilder::legend);
        }
        slot(doc, "quotes", div -> report.conditions().forEach(c -> quotes(div, c, report.keyQuotes())));
        BarChartSvg.of(report.mechanisms(), report.run().week())
                .ifPresent(chart -> slot(doc, "mechanism-chart", div -> {
                    figure(div, chart);
                    mechanismTables(div, report.mechanisms(), report.run().week());
                    uncited(div, report.mechanisms());
                }));
        TrendChartSvg.of(report.mechanismWeeks()).ifPresent(chart -> slot(doc, "trend-chart", div -> {
            figure(div, chart);
            div.appendElement("p").addClass("chart-caption").text(trendCaption(report.mechanismWeeks()) + ".");
        }));
        if (!report.references().isEmpty()) {
            slot(doc, "references", div -> references(div, report.references()));
        }
        if (report.corpus().documents() > 0) {
            slot(doc, "sources", div -> sources(div, report.corpus()));
        }
        if (!report.rejected().isEmpty()) {
            slot(doc, "rejected", div -> rejected(div, report.rejected()));
        }
        for (Element note : doc.select("[data-if-empty]")) {
            Element filled = doc.selectFirst("[data-slot=" + note.attr("data-if-empty") + "]");
            if (filled != null && filled.childrenSize() > 0) {
                note.remove();
            }
        }
        ContentsBuilder.addContentsAndBookmarks(doc);
        return doc;
    }

    private static void fillRunInfo(Document doc, RunInfo run) {
        String rubric = orDash(run.rubricTitle());
        field(doc, "document-title", "Weekly briefing " + run.week() + ": " + rubric);
        field(doc, "header-title", "Weekly briefing: " + rubric);
        field(doc, "header-week", run.week() + " · " + period(run));
        field(doc, "title", "Weekly briefing " + run.week());
        field(doc, "rubric-title", rubric);
        field(doc, "period", period(run));
        field(doc, "week", run.week());
        field(doc, "generated-at", run.generatedAt() == null ? "—" : STAMP.format(run.generatedAt()));
        field(doc, "rubric-id", orDash(run.rubricId()));
        field(doc, "corpus-fingerprint", orDash(run.corpusFingerprint()));
        field(doc, "rubric-fingerprint", orDash(run.rubricFingerprint()));
        field(doc, "job", orDash(run.job()) + ", execution " + run.jobExecutionId());
        field(doc, "method-rubric", rubric);
    }

    private static String period(RunInfo run) {
        return date(run.periodStart()) + " to " + date(run.periodEnd());
    }

    private static void changes(Element div, List<StatusChange> changes) {
        Element table = table(div, "changes", "Condition", "Before", "Now");
        Element body = table.appendElement("tbody");
        for (StatusChange change : changes) {
            Element row = body.appendElement("tr");
            row.appendElement("td").text(orDash(change.title()));
            Element before = row.appendElement("td");
            StatusMark.appendBadge(before, change.previous());
            before.appendElement("div").addClass("muted").text(orDash(change.previousWeek()));
            StatusMark.appendBadge(row.appendElement("td"), change.current());
        }
    }

    private static void matrix(Element div, List<ConditionAssessment> conditions) {
        Element table = table(div, "matrix", "Condition", "Status", "Engine status", "Supporting",
                "Contradicting", "Documents");
        table.select("thead th").forEach(th -> {
            if (th.elementSiblingIndex() >= 3) {
                th.addClass("num");
            }
        });
        Element body = table.appendElement("tbody");
        for (ConditionAssessment c : conditions) {
            Element row = body.appendElement("tr");
            Element title = row.appendElement("td");
            title.appendElement("div").text(orDash(c.title()));
            title.appendElement("div").addClass("muted").text(c.condition());
            Element status = row.appendElement("td");
            StatusMark.appendBadge(status, c.status());
            if (c.reviewed()) {
                status.appendElement("div").addClass("reviewed").text("reviewed");
            }
            Element engine = row.appendElement("td");
            if (c.reviewed()) {
                StatusMark.appendBadge(engine, c.engineStatus());
            } else {
                engine.addClass("muted").text("same");
            }
            String claims = claimsOnly(c) ? CLAIMS_MARK : "";
            row.appendElement("td").addClass("num").text(c.supporting() + (c.supporting() > 0 ? claims : ""));
            row.appendElement("td").addClass("num").text(c.contradicting() + (c.contradicting() > 0 ? claims : ""));
            row.appendElement("td").addClass("num").text(Integer.toString(c.documents()));
        }
        if (conditions.stream().anyMatch(BriefingHtmlBuilder::claimsOnly)) {
            div.appendElement("p").addClass("muted").addClass("claims-note").text(CLAIMS_NOTE);
        }
    }

    /** Marks counts that are claims only, which the note under the matrix explains. */
    static final String CLAIMS_MARK = " \u2020";
    static final String CLAIMS_NOTE = "\u2020 Claims only: the engine found no evidence, and these counts are claims"
            + " (such as state-media statements) that are listed and quoted but never establish a status.";

    /** Evidence counted beside an engine status of NO_EVIDENCE: only claims spoke to the condition. */
    static boolean claimsOnly(ConditionAssessment c) {
        return c.engineStatus() == Status.NO_EVIDENCE && c.supporting() + c.contradicting() > 0;
    }

    private static void legend(Element p) {
        p.appendText("Key: ");
        for (Status s : Status.values()) {
            StatusMark.appendBadge(p, s);
            p.appendText(" ");
        }
    }

    private static void quotes(Element div, ConditionAssessment c, Map<String, List<Evidence>> keyQuotes) {
        Element block = div.appendElement("div").addClass("condition");
        block.appendElement("h3").text(orDash(c.title()));
        Element head = block.appendElement("p").addClass("condition-head");
        StatusMark.appendBadge(head, c.status());
        if (c.reviewed()) {
            head.appendText(" reviewed" + (c.reviewer().isBlank() ? "" : " by " + c.reviewer()) + "; engine status ");
            StatusMark.appendBadge(head, c.engineStatus());
            if (!c.reviewNote().isBlank()) {
                block.appendElement("p").addClass("review-note").text("Analyst note: " + c.reviewNote());
            }
        }
        if (!c.rationale().isBlank()) {
            block.appendElement("p").addClass("muted").text(c.rationale());
        }
        List<Evidence> quotes = keyQuotes.getOrDefault(c.condition(), List.of());
        if (quotes.isEmpty() && c.rationale().isBlank()) { // a rationale already says so: not twice
            block.appendElement("p").addClass("empty").text("No quote in the corpus speaks to this condition.");
        }
        quotes.stream().limit(MAX_QUOTES).forEach(e -> quote(block, e));
    }

    private static void quote(Element parent, Evidence e) {
        boolean contradicts = e.stance() == Stance.CONTRADICTS;
        Element q = parent.appendElement("blockquote").addClass(contradicts ? "contradicts" : "supports");
        q.appendElement("p").addClass("quote").text(QuoteMarks.enclose(shorten(e.quote())));
        Element by = q.appendElement("p").addClass("attribution");
        String publisher = e.publisher().isBlank() ? "Unknown publisher" : e.publisher();
        // Quoted words are their speaker's: "— Bachelet, quoted by HRIC, 28 May 2022".
        String voice = e.speaker().isBlank() || e.speaker().equalsIgnoreCase(publisher) ? publisher
                : e.speaker() + ", quoted by " + publisher;
        by.appendText("— " + voice + ", " + (e.published() == null ? "undated" : date(e.published())) + " · ");
        by.appendElement("span").addClass("stance").text(contradicts ? "contradicts" : "supports");
        String type = e.sourceType().isBlank() ? "" : " · " + e.sourceType();
        String qualifier = e.qualifier().isBlank() ? "" : " · " + e.qualifier();
        by.appendText(type + qualifier + " · " + orDash(e.document()));
    }

    /** Places a chart as an SVG image; its alt text becomes the /Alt of the Figure in the structure tree. */
    private static void figure(Element div, Chart chart) {
        String src = "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(chart.svg().getBytes(StandardCharsets.UTF_8));
        div.appendElement("img").attr("src", src).attr("alt", chart.alt());
    }

    /**
     * The chart's numbers as tables (searchable, read by screen readers): mechanisms, then UN offices, officials
     * and agencies, each most cited first, with full names.
     */
    private static void mechanismTables(Element div, List<MechanismCount> counts, String week) {
        for (boolean offices : new boolean[] {false, true}) {
            List<MechanismCount> cited = BarChartSvg.cited(counts, offices);
            if (cited.isEmpty()) {
                continue;
            }
            div.appendElement("h3").text(offices ? "UN offices, officials and agencies (counted apart)"
                    : "UN human-rights mechanisms");
            Element table = table(div, "mechanisms", "Name", "Code", "This week", "Cumulative", "Undated");
            table.select("thead th").forEach(th -> {
                th.addClass(th.elementSiblingIndex() == 0 ? "name" : "count");
                if (th.elementSiblingIndex() >= 2) {
                    th.addClass("num");
                }
            });
            Element body = table.appendElement("tbody");
            for (MechanismCount c : cited) {
                Element row = body.appendElement("tr");
                row.appendElement("td").text(blank(c.name()) ? c.mechanism() : c.name());
                row.appendElement("td").text(c.mechanism());
                row.appendElement("td").addClass("num").text(Integer.toString(c.thisWeek()));
                row.appendElement("td").addClass("num").text(Integer.toString(c.cumulative()));
                row.appendElement("td").addClass("num").text(Integer.toString(c.undated()));
            }
        }
        div.appendElement("p").addClass("chart-caption").text("This week: documents published in " + week
                + ". Cumulative: every document published up to the end of the week, and undated documents (the"
                + " Undated column), which belong to no week.");
    }

    /** What the trend chart's axis shows, in the text layer too. */
    private static String trendCaption(List<BriefingReport.MechanismWeek> rows) {
        List<String> weeks = rows.stream().map(BriefingReport.MechanismWeek::week).distinct().sorted().toList();
        List<String> shown = weeks.subList(Math.max(0, weeks.size() - TrendChartSvg.MAX_WEEKS), weeks.size());
        return "Citations per " + TrendChartSvg.axisCaption(shown).replaceFirst("^Week", "week")
                + "; undated documents are not in the trend";
    }

    /** A file name that never breaks at its dots, dashes or underscores (long ones may still wrap, at slashes). */
    private static void fileName(Element parent, String name) {
        parent.appendElement("span").addClass(name.length() <= 48 ? "file" : "file-long").text(name);
    }

    /** Names the mechanisms of the catalogue that no document cites, which the chart leaves out. */
    private static void uncited(Element div, List<MechanismCount> counts) {
        List<String> none = counts.stream().filter(c -> c.cumulative() == 0 && c.thisWeek() == 0)
                .map(MechanismCount::mechanism).toList();
        if (!none.isEmpty()) {
            div.appendElement("p").addClass("chart-caption").text("Not cited so far: " + String.join(", ", none) + ".");
        }
    }

    private static void references(Element div, List<FormalReference> references) {
        Element table = table(div, "references", "Reference", "Mechanism", "Citations", "First cited in");
        div.appendElement("p").addClass("muted").text("UN document symbols link to their official record in the UN"
                + " Official Document System (docs.un.org).");
        table.select("thead th").get(2).addClass("num");
        Element body = table.appendElement("tbody");
        List<FormalReference> shown = references.stream()
                .sorted(Comparator.comparing((FormalReference r) -> !r.newThisWeek())
                        .thenComparing(FormalReference::citations, Comparator.reverseOrder()))
                .limit(MAX_REFERENCES)
                .toList();
        omitted(div, references.size() - shown.size(), "formal references",
                "the Citations sheet of the annex has every one (column reference)");
        shown.forEach(r -> {
                    Element row = body.appendElement("tr");
                    Element ref = row.appendElement("td");
                    if (r.newThisWeek()) {
                        row.addClass("new");
                        ref.appendElement("span").addClass("new-badge").text("NEW");
                        ref.appendText(" ");
                    }
                    OfficialRecord.url(r.reference()).ifPresentOrElse(
                            url -> ref.appendElement("a").attr("href", url).attr("title", "Official record of "
                                    + r.reference() + " in the UN Official Document System").text(r.reference()),
                            () -> ref.appendText(r.reference()));
                    row.appendElement("td").text(orDash(r.mechanism()));
                    row.appendElement("td").addClass("num").text(Integer.toString(r.citations()));
                    Element first = row.appendElement("td");
                    fileName(first, orDash(r.firstDocument()));
                    first.appendText(", " + (r.firstPublished() == null ? "undated" : date(r.firstPublished())));
                });
    }

    /**
     * The sources a reader of this week's briefing needs: documents published in the week and documents quoted,
     * then the rest of the corpus up to {@value CorpusSummary#MAX_SOURCES} rows; the annex lists every document.
     */
    private static void sources(Element div, CorpusSummary corpus) {
        List<DocumentRow> shown = corpus.sources();
        omitted(div, corpus.documents() - shown.size(), "documents of the cumulative picture",
                "the Documents sheet of the annex lists every one");
        Element table = table(div, "sources", "Title", "Publisher", "Published", "Type");
        Element body = table.appendElement("tbody");
        for (DocumentRow d : shown) {
            Element row = body.appendElement("tr");
            Element title = row.appendElement("td");
            title.appendElement("div").text(blank(d.title()) ? d.document() : d.title());
            Element notes = title.appendElement("div").addClass("muted");
            fileName(notes, d.document());
            notes.appendText((d.inPeriod() ? " · published this week" : "") + language(d)
                    + (blank(d.duplicateOf()) ? "" : " · same text as " + d.duplicateOf() + ", not counted"));
            row.appendElement("td").text(orDash(d.publisher()));
            Element published = row.appendElement("td");
            if (d.undated()) {
                published.appendElement("span").addClass("undated").text("undated");
            } else {
                published.text(date(d.published()));
            }
            published.addClass("date");
            row.appendElement("td").addClass("type").text(orDash(d.sourceType()));
        }
    }

    /** The language of a source, and whether it was assessed; nothing for an English or unknown one. */
    private static String language(DocumentRow d) {
        if (LanguageDetector.assessedInEnglish(d.language())) {
            return "";
        }
        return " · " + d.language() + (d.notAssessedForLanguage() ? ", not assessed (language)" : "");
    }

    /** Under the conditions: how many documents the English-only rubric could not read. */
    private static void notAssessedForLanguage(Document doc, int documents) {
        if (documents > 0) {
            slot(doc, "matrix", div -> div.appendElement("p").addClass("not-assessed").text(documents
                    + (documents == 1 ? " document" : " documents") + " not in English "
                    + (documents == 1 ? "was" : "were") + " not assessed (language): the rubric's rules are in"
                    + " English only. Their citations of mechanisms are counted; the sources list marks them."));
        }
    }

    private static void rejected(Element div, List<RejectedFile> rejected) {
        div.appendElement("h3").text("Files not read");
        omitted(div, rejected.size() - MAX_REJECTED, "files not read", "rejected.csv and the annex list every one");
        Element table = table(div, "rejected", "File", "Reason");
        Element body = table.appendElement("tbody");
        for (RejectedFile r : rejected.subList(0, Math.min(MAX_REJECTED, rejected.size()))) {
            Element row = body.appendElement("tr");
            fileName(row.appendElement("td"), orDash(r.file()));
            row.appendElement("td").text(orDash(r.reason()));
        }
    }

    /** A note above a shortened list: the PDF stays readable (and small) whatever the size of the corpus. */
    private static void omitted(Element div, int omitted, String what, String where) {
        if (omitted > 0) {
            div.appendElement("p").addClass("muted").addClass("omitted")
                    .text(omitted + " more " + what + " are not printed here; " + where + ".");
        }
    }

    /** Appends a table with a header row of {@code th scope="col"} cells, which tagging turns into TH. */
    private static Element table(Element parent, String cssClass, String... headers) {
        Element table = parent.appendElement("table").addClass(cssClass);
        Element row = table.appendElement("thead").appendElement("tr");
        for (String header : headers) {
            row.appendElement("th").attr("scope", "col").text(header);
        }
        return table;
    }

    private static void field(Document doc, String name, String value) {
        doc.select("[data-field=" + name + "]").forEach(e -> e.text(value));
    }

    private static void slot(Document doc, String name, Consumer<Element> fill) {
        doc.select("[data-slot=" + name + "]").forEach(fill);
    }

    private static String shorten(String quote) {
        String q = quote == null ? "" : quote.strip();
        return q.length() <= MAX_QUOTE_CHARS ? q : q.substring(0, MAX_QUOTE_CHARS - 1) + "…";
    }

    private static String date(LocalDate date) {
        return date == null ? "undated" : DAY.format(date);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orDash(String s) {
        return blank(s) ? "—" : s;
    }
}
