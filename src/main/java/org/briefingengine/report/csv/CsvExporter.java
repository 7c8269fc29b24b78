package org.briefingengine.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReport;
import org.briefingengine.report.BriefingReport.DocumentRow;
import org.briefingengine.report.BriefingReport.RejectedFile;
import org.briefingengine.report.SpreadsheetSafety;

/**
 * Writes the CSV exports. Their leading columns are a contract (issue 2): scripts read them by position and
 * name, so columns are only ever added at the end. Every text field is neutralised against formula injection.
 */
public class CsvExporter {

    public static final List<String> CITATIONS = List.of("document", "publisher", "published", "mechanism", "family",
            "reference", "quote", "start", "end", "note");
    public static final List<String> ASSESSMENTS = List.of("rubric", "condition", "title", "status", "supporting",
            "contradicting", "documents", "engine_status", "reviewed", "review_note", "reviewer", "rationale");
    public static final List<String> EVIDENCE = List.of("rubric", "condition", "stance", "document", "publisher",
            "published", "quote", "start", "end", "source_type", "qualifier", "rule", "speaker");
    public static final List<String> DOCUMENTS = List.of("document", "part", "title", "publisher", "published",
            "source_type", "characters", "sha256", "status", "url", "in_period", "duplicate_of", "language");
    public static final List<String> REJECTED = List.of("file", "reason");

    /** Writes citations.csv, assessments.csv, evidence.csv, documents.csv and rejected.csv into {@code dir}. */
    public void write(BriefingReport report, Path dir) throws IOException {
        try (CsvFile out = new CsvFile(dir.resolve("citations.csv"), CITATIONS)) {
            report.citations().forEach(c -> out.row(citation(c)));
        }
        try (CsvFile out = new CsvFile(dir.resolve("assessments.csv"), ASSESSMENTS)) {
            report.conditions().forEach(a -> out.row(assessment(a)));
        }
        try (CsvFile out = new CsvFile(dir.resolve("evidence.csv"), EVIDENCE)) {
            report.evidence().forEach(e -> out.row(evidence(e)));
        }
        try (CsvFile out = new CsvFile(dir.resolve("documents.csv"), DOCUMENTS)) {
            report.documents().forEach(d -> out.row(document(d)));
        }
        try (CsvFile out = new CsvFile(dir.resolve("rejected.csv"), REJECTED)) {
            report.rejected().forEach(r -> out.row(rejected(r)));
        }
    }

    private static Object[] citation(Citation c) {
        return new Object[] {c.document(), c.publisher(), c.published(), c.mechanism(), c.family(), c.reference(),
                c.quote(), c.start(), c.end(), c.note()};
    }

    private static Object[] assessment(ConditionAssessment a) {
        return new Object[] {a.rubric(), a.condition(), a.title(), a.status(), a.supporting(), a.contradicting(),
                a.documents(), a.engineStatus(), a.reviewed(), a.reviewNote(), a.reviewer(), a.rationale()};
    }

    private static Object[] evidence(Evidence e) {
        return new Object[] {e.rubric(), e.condition(), e.stance().label(), e.document(), e.publisher(), e.published(),
                e.quote(), e.start(), e.end(), e.sourceType(), e.qualifier(), e.rule(), e.speaker()};
    }

    private static Object[] document(DocumentRow d) {
        return new Object[] {d.document(), d.part(), d.title(), d.publisher(), d.published(), d.sourceType(),
                d.characters(), d.sha256(), d.status(), d.url(), d.inPeriod(), d.duplicateOf(), d.language()};
    }

    private static Object[] rejected(RejectedFile r) {
        return new Object[] {r.file(), r.reason()};
    }

    /** One CSV file: UTF-8 without BOM, RFC 4180 quoting, values formatted and neutralised here only. */
    private static final class CsvFile implements AutoCloseable {

        private final ICSVWriter writer;

        CsvFile(Path path, List<String> header) throws IOException {
            Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.writer = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                    ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
            writer.writeNext(header.toArray(String[]::new), false);
        }

        void row(Object[] values) {
            writer.writeNext(Arrays.stream(values).map(CsvFile::format).toArray(String[]::new), false);
        }

        private static String format(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof String s) {
                return SpreadsheetSafety.neutralise(s);
            }
            if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
                return value.toString();
            }
            return SpreadsheetSafety.neutralise(value.toString());
        }

        @Override
        public void close() throws IOException {
            writer.flush();
            if (writer.checkError()) {
                throw new IOException("could not write CSV");
            }
            writer.close();
        }
    }
}
