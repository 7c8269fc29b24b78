package org.briefingengine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.opencsv.CSVWriter;
import org.jsoup.Jsoup;

/**
 * A deterministic synthetic corpus: documents of sentences recombined from a sample corpus, dated across 2022,
 * with a {@code manifest.csv}. The same sentences, seed, size and count give the same bytes. Files are streamed
 * to disk, a thousand to a folder; nothing but the sentence pool is held in memory.
 */
public final class SyntheticCorpus {

    /** The default seed of the {@code bench} command. */
    public static final long SEED = 2022L;
    /** The default mean document size: 10,000 documents make about 100 MB. */
    public static final int DOCUMENT_BYTES = 10_000;

    private static final int FILES_PER_FOLDER = 1_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<String> PLACES = List.of("Geneva", "New York", "Beijing", "London", "Brussels");
    private static final Map<String, List<String>> PUBLISHERS = Map.of(
            "ngo", List.of("Synthetic Rights Watch", "Bench Advocacy Network", "Civil Society Coalition (synthetic)"),
            "un", List.of("UN Human Rights Office (synthetic)", "Treaty Body Secretariat (synthetic)"),
            "state-media", List.of("Synthetic State Daily", "Bench Broadcasting"),
            "news-agency", List.of("Synthetic Wire Service", "Bench Press Agency"),
            "government", List.of("Ministry of Foreign Affairs (synthetic)", "Permanent Mission (synthetic)"));
    private static final List<String> SOURCE_TYPES = List.of("ngo", "un", "state-media", "news-agency", "government");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
    private static final Pattern MARKUP = Pattern.compile("^[#>*\\-\\s]+|\\*\\*|\\[\\^\\d+]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}{3}");
    private static final Pattern TERMINATED = Pattern.compile(".*[.!?。\"”)]$");

    private final List<String> sentences;
    private final int documentBytes;
    private final long seed;

    /**
     * @param sentences     the pool to draw from, in a fixed order
     * @param documentBytes mean size of a document body; sizes vary by ±20%
     * @param seed          seed of the {@link Random} that makes every choice
     */
    public SyntheticCorpus(List<String> sentences, int documentBytes, long seed) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences to recombine");
        }
        this.sentences = List.copyOf(sentences);
        this.documentBytes = documentBytes;
        this.seed = seed;
    }

    /** A generated corpus: its document count, total size of the documents, and whether it was there already. */
    public record Summary(int documents, long bytes, boolean reused) {
    }

    /**
     * The sentences of the sample corpus in {@code sampleDir} (.txt, .md and .html; markup stripped), in file
     * order and without duplicates; headings and fragments without closing punctuation are left out.
     */
    public static List<String> sampleSentences(Path sampleDir) throws IOException {
        Set<String> pool = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(sampleDir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    Jsoup.parse(text).body().select("p, h1, h2, h3, li, blockquote").forEach(e -> addSentences(e.text(), pool));
                } else if (name.endsWith(".txt") || name.endsWith(".md")) {
                    text.lines().map(line -> MARKUP.matcher(line).replaceAll("")).forEach(line -> addSentences(line, pool));
                }
            }
        }
        return List.copyOf(pool);
    }

    private static void addSentences(String text, Set<String> pool) {
        for (String sentence : SENTENCE_END.split(text.strip())) {
            String s = sentence.strip();
            if (s.length() >= 30 && s.length() <= 400 && LETTER.matcher(s).find() && TERMINATED.matcher(s).matches()) {
                pool.add(s);
            }
        }
    }

    /**
     * Generates the corpus into {@code dir} unless the same one was generated there before. A marker next to the
     * folder, {@code <dir>.corpus}, records what was generated and is complete only once generation finished; a
     * non-empty folder without a marker is never touched.
     */
    public Summary ensure(Path dir, int documents) throws IOException {
        Path marker = dir.resolveSibling(dir.getFileName() + ".corpus");
        String key = "docs=" + documents + " seed=" + seed + " bytes-per-document=" + documentBytes
                + " sentences=" + sentences.hashCode();
        if (Files.exists(marker)) {
            List<String> lines = Files.readAllLines(marker);
            if (lines.size() == 2 && lines.get(0).equals(key)) {
                return new Summary(documents, Long.parseLong(lines.get(1)), true);
            }
            Folders.delete(dir);
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> content = Files.list(dir)) {
                if (content.findAny().isPresent()) {
                    throw new IOException(dir + " exists and was not generated by bench; remove it or choose another --dir");
                }
            }
        }
        Files.createDirectories(dir.getParent());
        Files.writeString(marker, key + "\n");
        Summary summary = generate(dir, documents);
        Files.writeString(marker, key + "\n" + summary.bytes() + "\n");
        return summary;
    }

    /** Writes {@code documents} files and a manifest into {@code dir}, which must be empty or absent. */
    public Summary generate(Path dir, int documents) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        long bytes = 0;
        try (CSVWriter manifest = new CSVWriter(Files.newBufferedWriter(dir.resolve("manifest.csv"), StandardCharsets.UTF_8))) {
            manifest.writeNext(new String[] {"file", "title", "publisher", "published", "source_type", "url"}, false);
            for (int i = 1; i <= documents; i++) {
                String file = fileName(i, random.nextInt(10));
                String sourceType = SOURCE_TYPES.get(random.nextInt(SOURCE_TYPES.size()));
                List<String> publishers = PUBLISHERS.get(sourceType);
                String publisher = publishers.get(random.nextInt(publishers.size()));
                LocalDate date = FIRST_DAY.plusDays(random.nextInt(365));
                boolean dated = random.nextInt(10) != 0;
                boolean dateline = random.nextBoolean();
                String title = title(random);
                Path path = dir.resolve(file);
                Files.createDirectories(path.getParent());
                byte[] content = document(file, title, dateline ? date : null, random);
                Files.write(path, content);
                bytes += content.length;
                manifest.writeNext(new String[] {file, title, publisher, dated ? date.toString() : "", sourceType,
                        random.nextBoolean() ? "https://example.org/bench/" + i : ""}, false);
            }
        }
        return new Summary(documents, bytes, false);
    }

    /**
     * Writes {@code documents} further files into {@code dir}, which must be empty or absent: documents of the same
     * kind, each with a dateline at its top on one of the seven days from {@code monday}, and no manifest (a date at
     * the top of a text is used when the manifest has none). They are what a new week brings to a corpus made by
     * {@link #generate}: its seed and the week make them, so they differ from its documents and from other weeks'.
     */
    public Summary generateWeek(Path dir, int documents, LocalDate monday) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed * 31 + monday.toEpochDay());
        long bytes = 0;
        for (int i = 1; i <= documents; i++) {
            String file = String.format("doc-%06d.%s", i, extension(random.nextInt(10)));
            String title = title(random);
            byte[] content = document(file, title, monday.plusDays(random.nextInt(7)), random);
            Files.write(dir.resolve(file), content);
            bytes += content.length;
        }
        return new Summary(documents, bytes, false);
    }

    private static String fileName(int index, int formatDraw) {
        return String.format("d%03d/doc-%06d.%s", (index - 1) / FILES_PER_FOLDER, index, extension(formatDraw));
    }

    /** Six in ten documents are .txt, three .md, one .html. */
    private static String extension(int formatDraw) {
        return formatDraw < 6 ? "txt" : formatDraw < 9 ? "md" : "html";
    }

    private String title(Random random) {
        String sentence = sentences.get(random.nextInt(sentences.size()));
        if (sentence.length() <= 90) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 90);
        return sentence.substring(0, cut > 0 ? cut : 90);
    }

    /** A document of about {@link #documentBytes}, encoded in UTF-8. */
    private byte[] document(String file, String title, LocalDate dateline, Random random) {
        boolean html = file.endsWith(".html");
        boolean markdown = file.endsWith(".md");
        long target = Math.round(documentBytes * (0.8 + 0.4 * random.nextDouble()));
        StringBuilder doc = new StringBuilder(documentBytes + 1_024);
        doc.append(html ? "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n<h1>" + escape(title) + "</h1>\n" : markdown ? "# " + title + "\n\n" : title + "\n\n");
        if (dateline != null) {
            String line = PLACES.get(random.nextInt(PLACES.size())) + ", " + DATELINE.format(dateline);
            doc.append(html ? "<p class=\"dateline\">" + line + "</p>\n" : line + "\n\n");
        }
        long size = doc.toString().getBytes(StandardCharsets.UTF_8).length;
        while (size < target) {
            StringBuilder paragraph = new StringBuilder();
            int count = 3 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                paragraph.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
            }
            String text = html ? "<p>" + escape(paragraph.toString()) + "</p>\n" : paragraph + "\n\n";
            doc.append(text);
            size += text.getBytes(StandardCharsets.UTF_8).length;
        }
        if (html) {
            doc.append("</body>\n</html>\n");
        }
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
