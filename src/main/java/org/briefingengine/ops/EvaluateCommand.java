package org.briefingengine.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.briefingengine.assessment.ConditionAssessment;
import org.briefingengine.assessment.Evidence;
import org.briefingengine.assessment.EvidenceExtractor;
import org.briefingengine.assessment.Rubric;
import org.briefingengine.assessment.RubricCondition;
import org.briefingengine.assessment.Status;
import org.briefingengine.assessment.StatusAssessor;
import org.briefingengine.corpus.CorpusEntry;
import org.briefingengine.corpus.DateParser;
import org.briefingengine.corpus.DocumentParser;
import org.briefingengine.corpus.ManifestEntry;
import org.briefingengine.corpus.RejectedFileException;
import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;

/**
 * {@code evaluate --input=DIR --labels=CSV [--rubric=PATH]}: runs the real parse, segment and judgement steps
 * in memory (no database, no outputs) over a labelled folder and prints how often the engine's status is one the
 * labels accept. A label row names a file (judged on that file alone) or {@code *} (judged on the whole folder);
 * a file's condition without a row is expected to be NO_EVIDENCE.
 */
public class EvaluateCommand {

    static final String USAGE = """
            usage: briefing-engine evaluate --input=DIR --labels=CSV [--rubric=PATH]

              --input=DIR     a corpus folder (files and an optional manifest.csv)
              --labels=CSV    gold labels: columns document,condition,acceptable[,reason]; document is a file name
                              of DIR (judged on that file alone) or * (the whole folder); acceptable lists the
                              statuses a careful analyst accepts, separated by |
              --rubric=PATH   the rubric the labels were written against
                              (default: templates/standards/un-country-visit.yml)

            Prints, per condition and overall: agreement (labelled rows whose engine status is acceptable), a
            confusion table (label's first status against the engine's), every wrong MET, every miss, and the
            findings on pairs without a label (unlabelled pairs are expected to be NO_EVIDENCE; a MET there is a
            wrong MET). Nothing is written.

            exit codes: 0 it ran (whatever the agreement), 2 usage error (bad path, unreadable labels)
            """;

    static final String DEFAULT_RUBRIC = "templates/standards/un-country-visit.yml";
    static final String WHOLE_FOLDER = "*";

    /** One gold label row. */
    public record Label(int line, String document, String condition, List<Status> acceptable, String reason) {
    }

    private final PrintStream out;

    public EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    /** Evaluates and prints; usage problems are thrown as {@link IllegalArgumentException} naming the file. */
    public int execute(Path input, Path labels, Path rubricFile) {
        Evaluation result = evaluate(input, labels, rubricFile);
        result.print(out);
        return ExitCode.SUCCESS.code();
    }

    /** Runs the judgement over {@code input} and scores it against {@code labels}. */
    public static Evaluation evaluate(Path input, Path labels, Path rubricFile) {
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("input folder " + input + " does not exist or is not a folder");
        }
        if (!Files.isRegularFile(labels)) {
            throw new IllegalArgumentException("labels " + labels + " do not exist or are not a file");
        }
        if (!Files.isRegularFile(rubricFile)) {
            throw new IllegalArgumentException("rubric " + rubricFile + " does not exist");
        }
        Rubric rubric = Rubric.load(rubricFile);
        Map<String, List<SegmentedDocument>> byFile = read(input);
        List<Label> gold = readLabels(labels, rubric, byFile.keySet());
        EvidenceExtractor extractor = new EvidenceExtractor(rubric);
        Map<String, List<Evidence>> evidence = new TreeMap<>();
        byFile.forEach((file, docs) -> {
            List<Evidence> rows = new ArrayList<>();
            docs.forEach(d -> rows.addAll(extractor.extract(d)));
            evidence.put(file, rows);
        });
        StatusAssessor assessor = new StatusAssessor();
        boolean wholeFolder = gold.stream().anyMatch(l -> l.document().equals(WHOLE_FOLDER));
        Map<String, Map<String, ConditionAssessment>> judged = new LinkedHashMap<>();
        for (String file : evidence.keySet()) {
            judged.put(file, judge(assessor, rubric, evidence.get(file)));
        }
        if (wholeFolder) {
            judged.put(WHOLE_FOLDER, judge(assessor, rubric,
                    evidence.values().stream().flatMap(List::stream).toList()));
        }
        return Evaluation.score(rubric, input, labels, gold, judged, wholeFolder);
    }

    private static Map<String, ConditionAssessment> judge(StatusAssessor assessor, Rubric rubric,
                                                          List<Evidence> evidence) {
        Map<String, ConditionAssessment> out = new LinkedHashMap<>();
        for (RubricCondition c : rubric.conditions()) {
            out.put(c.id(), assessor.assess(rubric, c,
                    evidence.stream().filter(e -> e.condition().equals(c.id())).toList()));
        }
        return out;
    }

    /** Every readable file of the folder, parsed and segmented, by its path relative to the folder. */
    private static Map<String, List<SegmentedDocument>> read(Path input) {
        Path root = input.toAbsolutePath().normalize();
        Map<String, ManifestEntry> manifest = manifest(root);
        DocumentParser parser = new DocumentParser();
        SentenceSegmenter segmenter = new SentenceSegmenter();
        Map<String, List<SegmentedDocument>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("input folder " + root + ": cannot list: " + e.getMessage(), e);
        }
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            if (rel.equals("manifest.csv") || rel.equalsIgnoreCase("README.md")) {
                continue;
            }
            try {
                List<SegmentedDocument> docs = new ArrayList<>();
                for (SourceDocument d : parser.parse(new CorpusEntry(file, rel, manifest.get(rel)))) {
                    docs.add(new SegmentedDocument(d, segmenter.segment(d.text())));
                }
                out.put(rel, docs);
            } catch (RejectedFileException e) {
                // Not part of the evaluation: a label naming it is reported as naming an unread file.
            }
        }
        return out;
    }

    private static Map<String, ManifestEntry> manifest(Path root) {
        Path file = root.resolve("manifest.csv");
        Map<String, ManifestEntry> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            List<String[]> rows = csv.readAll();
            if (rows.isEmpty()) {
                return out;
            }
            Map<String, Integer> columns = columns(rows.get(0));
            for (String[] row : rows.subList(1, rows.size())) {
                String name = value(row, columns, "file");
                if (!name.isEmpty()) {
                    out.put(name, new ManifestEntry(name, value(row, columns, "title"), value(row, columns, "publisher"),
                            DateParser.parse(value(row, columns, "published")), value(row, columns, "source_type"),
                            value(row, columns, "url")));
                }
            }
        } catch (IOException | CsvException e) {
            throw new IllegalArgumentException("manifest " + file + ": unreadable: " + e.getMessage(), e);
        }
        return out;
    }

    /** Reads and checks the labels: known columns, conditions of the rubric, known statuses, files of the folder. */
    static List<Label> readLabels(Path file, Rubric rubric, java.util.Set<String> documents) {
        List<Label> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            List<String[]> rows = csv.readAll();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("labels " + file + ": empty file (expected a header row)");
            }
            Map<String, Integer> columns = columns(rows.get(0));
            for (String required : List.of("document", "condition", "acceptable")) {
                if (!columns.containsKey(required)) {
                    throw new IllegalArgumentException("labels " + file + ": no '" + required + "' column");
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 1; i < rows.size(); i++) {
                String[] row = rows.get(i);
                int line = i + 1;
                if (row.length == 1 && row[0].isBlank()) {
                    continue;
                }
                String where = "labels " + file + " line " + line + ": ";
                String document = value(row, columns, "document");
                String condition = value(row, columns, "condition");
                if (!document.equals(WHOLE_FOLDER) && !documents.contains(document)) {
                    throw new IllegalArgumentException(where + "document '" + document + "' is not a readable file of the input folder");
                }
                if (rubric.condition(condition).isEmpty()) {
                    throw new IllegalArgumentException(where + "condition '" + condition + "' is not in rubric " + rubric.id());
                }
                List<Status> acceptable = new ArrayList<>();
                for (String s : value(row, columns, "acceptable").split("\\|")) {
                    try {
                        acceptable.add(Status.valueOf(s.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + "unknown status '" + s.strip() + "'");
                    }
                }
                Integer before = seen.put(document + "\u0000" + condition, line);
                if (before != null) {
                    throw new IllegalArgumentException(where + document + " / " + condition + " repeats line " + before);
                }
                out.add(new Label(line, document, condition, acceptable, value(row, columns, "reason")));
            }
        } catch (IOException | CsvException e) {
            throw new IllegalArgumentException("labels " + file + ": unreadable: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("labels " + file + ": no label rows");
        }
        return out;
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].strip().replace("\ufeff", "").toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String value(String[] row, Map<String, Integer> columns, String name) {
        Integer at = columns.get(name);
        return at == null || at >= row.length ? "" : row[at].strip();
    }
}
