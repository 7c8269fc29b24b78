package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.briefingengine.citation.Citation;
import org.briefingengine.report.BriefingReportAssembler.ReportRequest;
import org.briefingengine.report.csv.CsvExporter;
import org.briefingengine.report.pdf.PdfBriefingWriter;
import org.briefingengine.report.xlsx.AnnexWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** The report step's three writers: the annex beside the PDF and then the CSVs; and what a failure of any leaves. */
class ReportTaskletTest {

    private static final String WORKER = "annex-worker";
    private static final Writer CSV = (report, dir) -> Files.writeString(dir.resolve("citations.csv"), "document\n");
    private static final Writer PDF = (report, file) -> Files.writeString(file, "pdf");

    @TempDir
    Path out;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, WORKER));
    private final StepContribution contribution = new StepContribution(MetaDataInstanceFactory.createStepExecution());

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    @Test
    void theAnnexIsWrittenBesideThePdfThenTheCsvsAndAllArePublishedTogether() throws Exception {
        CountDownLatch annexStarted = new CountDownLatch(1);
        AtomicBoolean pdfWritten = new AtomicBoolean();
        Map<String, String> seen = new ConcurrentHashMap<>();
        Writer annex = (report, file) -> {
            seen.put("annex thread", Thread.currentThread().getName());
            annexStarted.countDown();
            Files.writeString(file, "annex");
        };
        // The PDF waits for the annex to start: were the two written one after the other, it would time out.
        Writer pdf = (report, file) -> {
            seen.put("pdf thread", Thread.currentThread().getName());
            if (!await(annexStarted)) {
                throw new IOException("the annex did not start while the PDF was being written");
            }
            Files.writeString(file, "pdf");
            pdfWritten.set(true);
        };
        Writer csv = (report, dir) -> {
            seen.put("csv thread", Thread.currentThread().getName());
            seen.put("pdf before csv", String.valueOf(pdfWritten.get()));
            Files.writeString(dir.resolve("citations.csv"), "document\n");
        };
        Path target = out.resolve("2022-W21");

        tasklet(target, csv, annex, pdf).execute(contribution, null);

        assertThat(Files.readString(target.resolve("annex.xlsx"))).isEqualTo("annex");
        assertThat(Files.readString(target.resolve("briefing.pdf"))).isEqualTo("pdf");
        assertThat(target.resolve("citations.csv")).exists();
        assertThat(seen).containsEntry("annex thread", WORKER).containsEntry("pdf before csv", "true")
                .doesNotContainEntry("pdf thread", WORKER).doesNotContainEntry("csv thread", WORKER);
        assertThat(contribution.getWriteCount()).isEqualTo(1);
    }

    @Test
    void aFailedAnnexFailsTheStepAndLeavesLastRunsOutputsInPlace() throws Exception {
        Path target = out.resolve("2022-W21");
        Files.createDirectories(target);
        Files.writeString(target.resolve("briefing.pdf"), "last run");
        Writer annex = (report, file) -> {
            throw new IOException("No space left on device");
        };

        assertThatThrownBy(() -> tasklet(target, CSV, annex, PDF).execute(contribution, null))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(Files.readString(target.resolve("briefing.pdf"))).isEqualTo("last run");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void whenTheCsvExportFailsTheStepWaitsForTheAnnexBeforeRemovingTheStagingFolder() throws IOException {
        AtomicBoolean annexDone = new AtomicBoolean();
        Writer annex = (report, file) -> {
            sleep(300);
            Files.writeString(file, "annex"); // fails if the staging folder were already gone
            annexDone.set(true);
        };
        Writer csv = (report, dir) -> {
            throw new IllegalStateException("could not write CSV");
        };

        assertThatThrownBy(() -> tasklet(out.resolve("2022-W21"), csv, annex, PDF).execute(contribution, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("could not write CSV")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(annexDone).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void whenTheCsvExportFailsTheAnnexStopsAtItsNextCitationRow() throws IOException {
        CountDownLatch annexReading = new CountDownLatch(1);
        AtomicLong rowsSeen = new AtomicLong();
        RowStream<Citation> citations = endlessCitations();
        Writer annex = countingAnnex(annexReading, rowsSeen);
        Writer csv = (report, dir) -> {
            await(annexReading);
            throw new IllegalStateException("could not write CSV");
        };

        assertThatThrownBy(() -> tasklet(out.resolve("2022-W21"), csv, annex, PDF, citations).execute(contribution, null))
                .isInstanceOf(IllegalStateException.class).hasMessage("could not write CSV")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(rowsSeen.get()).isPositive().isLessThan(AVAILABLE);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void whenBothSidesFailTheAnnexFailureTravelsWithTheCsvExports() {
        Writer annex = (report, file) -> {
            throw new IOException("annex broke");
        };
        Writer csv = (report, dir) -> {
            sleep(100);
            throw new IllegalStateException("csv broke");
        };

        assertThatThrownBy(() -> tasklet(out.resolve("2022-W21"), csv, annex, PDF).execute(contribution, null))
                .hasMessage("csv broke")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("annex broke"));
    }

    @Test
    void aFailedPdfFailsTheStepStopsTheAnnexAndWritesNoCsv() throws IOException {
        CountDownLatch annexReading = new CountDownLatch(1);
        AtomicLong rowsSeen = new AtomicLong();
        AtomicBoolean csvStarted = new AtomicBoolean();
        RowStream<Citation> citations = endlessCitations();
        Writer annex = countingAnnex(annexReading, rowsSeen);
        Writer pdf = (report, file) -> {
            await(annexReading);
            throw new IOException("font file unreadable");
        };
        Writer csv = (report, dir) -> csvStarted.set(true);

        assertThatThrownBy(() -> tasklet(out.resolve("2022-W21"), csv, annex, pdf, citations).execute(contribution, null))
                .isInstanceOf(IOException.class).hasMessage("font file unreadable")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(csvStarted).isFalse();
        assertThat(rowsSeen.get()).isPositive().isLessThan(AVAILABLE);
        assertThat(leftovers()).isEmpty();
        assertThat(out.resolve("2022-W21")).doesNotExist();
    }

    /** Far more citation rows than a test waits for: an annex that reads them all would not end in time. */
    private static final long AVAILABLE = 200_000_000L;

    private static RowStream<Citation> endlessCitations() {
        return action -> {
            Citation row = new Citation("a.txt", "NGO", null, "SR-TORTURE", "special", "", "quote", 0, 5, "", "");
            for (long i = 0; i < AVAILABLE; i++) {
                action.accept(row);
            }
        };
    }

    /** An annex that counts the citation rows it reads, and says when it has started reading. */
    private static Writer countingAnnex(CountDownLatch reading, AtomicLong rowsSeen) {
        return (report, file) -> report.citations().forEach(c -> {
            reading.countDown();
            rowsSeen.incrementAndGet();
        });
    }

    /** What is left in the output folder besides the week's own: staging or old folders of a failed run. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> !f.getFileName().toString().equals("2022-W21"))
                    .filter(f -> !f.getFileName().toString().equals(OutputPublisher.LOCK_FILE)).toList();
        }
    }

    @Test
    void aStopRequestedWhileTheOutputsAreWrittenPublishesNothing() throws Exception {
        Path target = out.resolve("2022-W21");
        Files.createDirectories(target);
        Files.writeString(target.resolve("briefing.pdf"), "last run");
        AtomicBoolean stop = new AtomicBoolean();
        Writer pdf = (report, file) -> {
            Files.writeString(file, "this run");
            stop.set(true); // SIGTERM arrives while the outputs are written
        };

        assertThatThrownBy(() -> tasklet(target, CSV, (r, f) -> Files.writeString(f, "annex"), pdf, action -> { }, stop::get)
                .execute(contribution, null)).isInstanceOf(JobInterruptedException.class);

        assertThat(Files.readString(target.resolve("briefing.pdf"))).isEqualTo("last run");
        assertThat(target.resolve("annex.xlsx")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWriterFailingOnceTheRunIsStoppingEndsTheStepStoppedNotFailed() throws Exception {
        Path target = out.resolve("2022-W21");
        AtomicBoolean stop = new AtomicBoolean();
        Writer pdf = (report, file) -> {
            stop.set(true);
            throw new IOException("Problem reading font data."); // AWT during the JVM's shutdown
        };

        assertThatThrownBy(() -> tasklet(target, CSV, (r, f) -> Files.writeString(f, "annex"), pdf, action -> { }, stop::get)
                .execute(contribution, null)).isInstanceOf(JobInterruptedException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("Problem reading font data."));
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    private ReportTasklet tasklet(Path target, Writer csvExport, Writer annex, Writer pdf) {
        return tasklet(target, csvExport, annex, pdf, action -> { });
    }

    private ReportTasklet tasklet(Path target, Writer csvExport, Writer annex, Writer pdf, RowStream<Citation> citations) {
        return tasklet(target, csvExport, annex, pdf, citations, () -> false);
    }

    private ReportTasklet tasklet(Path target, Writer csvExport, Writer annex, Writer pdf, RowStream<Citation> citations,
                                  BooleanSupplier stopRequested) {
        BriefingReport report = new BriefingReport(null, List.of(), List.of(), List.of(), Map.of(), List.of(),
                List.of(), List.of(), List.of(new BriefingReport.DocumentRow("a.txt", 0, "A", "NGO", null, "ngo", "", 10,
                        "00", "new", false, "")), List.of(), action -> { }, citations);
        BriefingReportAssembler assembler = new BriefingReportAssembler(null) {
            @Override
            public BriefingReport assemble(ReportRequest request) {
                return report;
            }
        };
        CsvExporter csv = new CsvExporter() {
            @Override
            public void write(BriefingReport r, Path dir) throws IOException {
                csvExport.write(r, dir);
            }
        };
        AnnexWriter annexWriter = new AnnexWriter() {
            @Override
            public void write(BriefingReport r, Path xlsx) throws IOException {
                annex.write(r, xlsx);
            }
        };
        PdfBriefingWriter pdfWriter = new PdfBriefingWriter(out) {
            @Override
            public void write(BriefingReport r, Path file) throws IOException {
                pdf.write(r, file);
            }
        };
        ReportRequest request = new ReportRequest("weekly-briefing", null, "input", null, null, 7, null);
        return new ReportTasklet(assembler, request, target, csv, annexWriter, pdfWriter, new OutputPublisher(), worker,
                stopRequested);
    }

    /** One fake output: {@code path} is the file to write, or the folder for the CSV export. */
    @FunctionalInterface
    private interface Writer {
        void write(BriefingReport report, Path path) throws IOException;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
