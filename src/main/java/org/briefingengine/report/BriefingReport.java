package org.briefingengine.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.Status;
import org.briefingengine.citation.Citation;
import org.briefingengine.language.LanguageDetector;

/**
 * Everything a briefing shows, assembled from the database after the assessment step. The PDF, the Excel
 * annex and the CSV exports are all written from this one value. Small collections are lists; the ones that
 * grow with the corpus (documents, citations, evidence) are {@link RowStream}s, read again from the database by
 * each writer, so no writer holds the corpus in memory.
 *
 * @param findings        3 to 6 sentences of executive summary, written from the data
 * @param conditions      one row per rubric condition, in rubric order
 * @param changes         status changes since the previous week's run (empty on the first run)
 * @param keyQuotes       per condition id, the strongest quotes, best first (at most a handful each)
 * @param mechanisms      citations per mechanism: this week beside cumulative (and undated), in catalogue order
 * @param mechanismWeeks  citations per mechanism and ISO week, over every week with dated documents; with each
 *                        mechanism's undated count they add up to its cumulative count
 * @param references      formal references seen up to the end of the period
 * @param corpus          document counts, and the few documents the briefing lists as its sources
 * @param documents       every document read, whole files and compilation parts, by file and part
 * @param rejected        every input file or manifest row not read, with the reason
 * @param evidence        every evidence row up to the end of the period
 * @param citations       every citation up to the end of the period
 */
public record BriefingReport(RunInfo run, List<String> findings, List<ConditionAssessment> conditions,
                             List<StatusChange> changes, Map<String, List<Evidence>> keyQuotes,
                             List<MechanismCount> mechanisms, List<MechanismWeek> mechanismWeeks,
                             List<FormalReference> references, CorpusSummary corpus,
                             RowStream<DocumentRow> documents, List<RejectedFile> rejected,
                             RowStream<Evidence> evidence, RowStream<Citation> citations) {

    /**
     * A report whose documents are already in memory (small corpora and tests): the corpus summary is folded
     * from them, listing the documents of the period and those the key quotes come from first.
     */
    public BriefingReport(RunInfo run, List<String> findings, List<ConditionAssessment> conditions,
                          List<StatusChange> changes, Map<String, List<Evidence>> keyQuotes,
                          List<MechanismCount> mechanisms, List<MechanismWeek> mechanismWeeks,
                          List<FormalReference> references, List<DocumentRow> documents,
                          List<RejectedFile> rejected, RowStream<Evidence> evidence, RowStream<Citation> citations) {
        this(run, findings, conditions, changes, keyQuotes, mechanisms, mechanismWeeks, references,
                CorpusSummary.of(RowStream.of(documents), quotedDocuments(keyQuotes), CorpusSummary.MAX_SOURCES),
                RowStream.of(documents), rejected, evidence, citations);
    }

    /** This report with its three streamed row sets cut short once {@code stop} says so ({@link RowStream#until}). */
    public BriefingReport until(BooleanSupplier stop) {
        return new BriefingReport(run, findings, conditions, changes, keyQuotes, mechanisms, mechanismWeeks, references,
                corpus, documents.until(stop), rejected, evidence.until(stop), citations.until(stop));
    }

    /** Documents whose sentences the key quotes come from. */
    public static Set<String> quotedDocuments(Map<String, List<Evidence>> keyQuotes) {
        return keyQuotes.values().stream().flatMap(List::stream).map(Evidence::document).collect(Collectors.toSet());
    }

    /**
     * @param week              ISO week, e.g. {@code 2022-W21}
     * @param periodStart       Monday of the week
     * @param periodEnd         Sunday of the week
     * @param corpusFingerprint sha256 over the stored documents' hashes, so a briefing can be reproduced
     * @param rubricFingerprint sha256 of the rubric file
     */
    public record RunInfo(String job, String week, LocalDate periodStart, LocalDate periodEnd,
                          OffsetDateTime generatedAt, String inputDir, String rubricId, String rubricTitle,
                          String corpusFingerprint, String rubricFingerprint, long jobExecutionId) {
    }

    public record StatusChange(String condition, String title, String previousWeek, Status previous,
                               Status current) {
    }

    /**
     * @param family     the catalogue family: CHARTER and TREATY are UN human-rights mechanisms; SECRETARIAT and
     *                   SPECIALIZED are UN offices, officials and agencies, reported apart
     * @param cumulative citations up to the end of the week, undated documents included
     * @param undated    the part of {@code cumulative} from undated documents (no ISO week)
     */
    public record MechanismCount(String mechanism, String family, String name, int thisWeek, int cumulative,
                                 int undated) {

        /** A count with nothing undated. */
        public MechanismCount(String mechanism, String family, String name, int thisWeek, int cumulative) {
            this(mechanism, family, name, thisWeek, cumulative, 0);
        }

        /** True for UN offices, officials and agencies (OHCHR, the Secretary-General, ILO): not mechanisms. */
        public boolean office() {
            return OFFICE_FAMILIES.contains(family == null ? "" : family.toUpperCase(java.util.Locale.ROOT));
        }

        /** How the briefing names the family's group. */
        public String kind() {
            return office() ? "UN office or agency" : "UN human-rights mechanism";
        }

        private static final Set<String> OFFICE_FAMILIES = Set.of("SECRETARIAT", "SPECIALIZED");
    }

    public record MechanismWeek(String mechanism, String week, int count) {
    }

    /**
     * @param firstDocument the earliest document (by date) citing it
     * @param newThisWeek   true when no document published before the period cites it
     */
    public record FormalReference(String reference, String mechanism, int citations, String firstDocument,
                                  LocalDate firstPublished, boolean newThisWeek) {
    }

    /**
     * @param status    new, changed or unchanged against the previous run on the same database
     * @param inPeriod  published within the week
     * @param duplicateOf id of an earlier document with the same text, or "" (its citations are not counted)
     * @param language    ISO 639-1 code of its language, "" when unknown
     */
    public record DocumentRow(String document, int part, String title, String publisher, LocalDate published,
                              String sourceType, String url, int characters, String sha256, String status,
                              boolean inPeriod, String duplicateOf, String language) {

        public DocumentRow {
            language = language == null ? "" : language;
        }

        /** A row whose language is not known. */
        public DocumentRow(String document, int part, String title, String publisher, LocalDate published,
                           String sourceType, String url, int characters, String sha256, String status,
                           boolean inPeriod, String duplicateOf) {
            this(document, part, title, publisher, published, sourceType, url, characters, sha256, status, inPeriod,
                    duplicateOf, "");
        }

        /**
         * Not assessed against the visit standards because the rubric's rules are in English and the document
         * is not (a repeated text is not analysed at all, so it is not counted here).
         */
        public boolean notAssessedForLanguage() {
            return duplicateOf.isEmpty() && !LanguageDetector.assessedInEnglish(language);
        }

        public boolean undated() {
            return published == null;
        }
    }

    public record RejectedFile(String file, String reason) {
    }

    /**
     * What the briefing says about the corpus without listing it: counts, and the sources it prints.
     *
     * @param documents    every document read: whole files and compilation parts
     * @param inPeriod     documents published within the week
     * @param undated      documents without a date
     * @param sources      at most {@link #MAX_SOURCES} documents: those of the week and those quoted first, then the
     *                     rest of the corpus, each group in file order; the annex lists every document
     * @param files        input files the documents come from
     * @param compilations files split into parts (compilation pages)
     * @param parts        documents that are parts of a compilation
     * @param notAssessedLanguage documents not assessed against the visit standards for their language
     *                     ({@link DocumentRow#notAssessedForLanguage()})
     */
    public record CorpusSummary(int documents, int inPeriod, int undated, List<DocumentRow> sources, int files,
                                int compilations, int parts, int notAssessedLanguage) {

        /** A summary where every document is a whole file. */
        public CorpusSummary(int documents, int inPeriod, int undated, List<DocumentRow> sources) {
            this(documents, inPeriod, undated, sources, documents, 0, 0, 0);
        }

        /** Sources the PDF prints at most: printing 10,000 of them would not fit a 256 MB heap, nor help a reader. */
        public static final int MAX_SOURCES = 200;

        /** Folds streamed document rows, keeping at most {@code maxSources} of each group in memory. */
        public static CorpusSummary of(RowStream<DocumentRow> rows, Set<String> quoted, int maxSources) {
            int[] counts = new int[6];
            List<DocumentRow> first = new ArrayList<>();
            List<DocumentRow> rest = new ArrayList<>();
            rows.forEach(d -> {
                counts[0]++;
                counts[1] += d.inPeriod() ? 1 : 0;
                counts[2] += d.undated() ? 1 : 0;
                counts[3] += d.part() == 1 ? 1 : 0; // a compilation's first part
                counts[4] += d.part() > 0 ? 1 : 0;
                counts[5] += d.notAssessedForLanguage() ? 1 : 0;
                List<DocumentRow> group = d.inPeriod() || quoted.contains(d.document()) ? first : rest;
                if (group.size() < maxSources) {
                    group.add(d);
                }
            });
            List<DocumentRow> sources = new ArrayList<>(first);
            rest.stream().limit(Math.max(0, maxSources - first.size())).forEach(sources::add);
            return new CorpusSummary(counts[0], counts[1], counts[2], List.copyOf(sources),
                    counts[0] - counts[4] + counts[3], counts[3], counts[4], counts[5]);
        }
    }
}
