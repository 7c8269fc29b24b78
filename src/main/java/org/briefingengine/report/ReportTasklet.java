package org.briefingengine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.briefingengine.report.BriefingReportAssembler.ReportRequest;
import org.briefingengine.report.csv.CsvExporter;
import org.briefingengine.report.pdf.PdfBriefingWriter;
import org.briefingengine.report.xlsx.AnnexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes briefing.pdf, annex.xlsx and the CSV exports of one run, and publishes them together.
 *
 * <p>The annex, the longest of the three, is written on a worker thread from the start, while this thread writes
 * the PDF and then the CSVs: they share nothing but the read-only report, and each streams its own rows from the
 * database, so the step takes about as long as the annex alone. The worker reads through its own pooled
 * connection, outside the step's transaction; that is safe because this step only reads what earlier steps
 * committed. A failure of either side fails the step, but only once both sides have stopped, so nothing is still
 * writing into the staging folder when the publisher deletes it. When the PDF or the CSVs fail, the annex is
 * stopped at its next streamed row rather than waited for to its end.
 */
public class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    /** The executive summary, one finding a line, in the job's execution context once published (for the mail). */
    public static final String FINDINGS = "briefing.findings";

    private final BriefingReportAssembler assembler;
    private final ReportRequest request;
    private final Path target;
    private final CsvExporter csv;
    private final AnnexWriter annex;
    private final PdfBriefingWriter pdf;
    private final OutputPublisher publisher;
    private final Executor annexWorker;
    private final BooleanSupplier stopRequested;

    public ReportTasklet(BriefingReportAssembler assembler, ReportRequest request, Path target, CsvExporter csv,
                         AnnexWriter annex, PdfBriefingWriter pdf, OutputPublisher publisher, Executor annexWorker) {
        this(assembler, request, target, csv, annex, pdf, publisher, annexWorker, () -> false);
    }

    /**
     * @param stopRequested whether the run was asked to stop (SIGTERM); checked before the outputs are written and
     *                      again just before they are published, so a stopped run never replaces the week's outputs
     */
    public ReportTasklet(BriefingReportAssembler assembler, ReportRequest request, Path target, CsvExporter csv,
                         AnnexWriter annex, PdfBriefingWriter pdf, OutputPublisher publisher, Executor annexWorker,
                         BooleanSupplier stopRequested) {
        this.assembler = assembler;
        this.request = request;
        this.target = target;
        this.csv = csv;
        this.annex = annex;
        this.pdf = pdf;
        this.publisher = publisher;
        this.annexWorker = annexWorker;
        this.stopRequested = stopRequested;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (stopRequested.getAsBoolean()) {
            throw new JobInterruptedException("stopped before the report; the outputs in " + target + " are as they were");
        }
        long started = System.nanoTime();
        BriefingReport report = assembler.assemble(request);
        long queries = elapsedMillis(started);
        Timings millis = new Timings();
        try {
            publish(report, millis);
        } catch (OutputPublisher.StoppedBeforePublishing e) {
            log.warn("report: {}", e.getMessage());
            throw new JobInterruptedException(e.getMessage());
        } catch (Exception e) {
            if (!stopRequested.getAsBoolean()) {
                throw e;
            }
            // After SIGTERM the JVM is shutting down, and writing can fail for that alone (AWT cannot load a font
            // then): the run was stopped, and nothing was published.
            log.warn("report: stopped while writing the outputs ({}); the outputs in {} are as they were", e.toString(), target);
            JobInterruptedException stopped = new JobInterruptedException("stopped while writing the outputs");
            stopped.addSuppressed(e);
            throw stopped;
        }
        contribution.incrementWriteCount(report.corpus().documents());
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putString(FINDINGS, String.join("\n", report.findings()));
        log.info("report: {} documents; queries {} ms, briefing.pdf {} ms and CSVs {} ms beside annex.xlsx {} ms;"
                        + " outputs {} ms; published in {}", report.corpus().documents(), queries, millis.pdf, millis.csv,
                millis.annex, elapsedMillis(started) - queries, target);
        return RepeatStatus.FINISHED;
    }

    private void publish(BriefingReport report, Timings millis)
            throws IOException, OutputPublisher.StoppedBeforePublishing {
        publisher.publish(target, dir -> {
            AtomicBoolean othersFailed = new AtomicBoolean();
            BriefingReport annexReport = report.until(othersFailed::get);
            CompletableFuture<Long> annexMillis = CompletableFuture.supplyAsync(() -> {
                try {
                    return timed(() -> annex.write(annexReport, dir.resolve("annex.xlsx")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, annexWorker);
            try {
                millis.pdf = timed(() -> pdf.write(report, dir.resolve("briefing.pdf")));
                millis.csv = timed(() -> csv.write(report, dir));
            } catch (IOException | RuntimeException | Error e) {
                othersFailed.set(true); // the annex stops at its next streamed row instead of running to its end
                awaitQuietly(annexMillis, e);
                throw e;
            }
            millis.annex = await(annexMillis);
        }, stopRequested);
    }

    /** Milliseconds per output, set from inside the publisher's callback. */
    private static final class Timings {
        long pdf;
        long csv;
        long annex;
    }

    /** One output file (or set of files) of the report. */
    @FunctionalInterface
    private interface Output {
        void write() throws IOException;
    }

    private static long timed(Output output) throws IOException {
        long t = System.nanoTime();
        output.write();
        return elapsedMillis(t);
    }

    /** The worker's result, with its own failure rethrown as it was thrown. */
    private static long await(CompletableFuture<Long> work) throws IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            Throwable cause = thrown(e);
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Waits for the worker after this thread failed; a failure of its own is attached to the first, but not its
     * stop on being told to ({@link RowStream.Stopped}), only what failed while it stopped.
     */
    private static void awaitQuietly(CompletableFuture<Long> work, Throwable first) {
        try {
            work.join();
        } catch (CompletionException e) {
            Throwable second = thrown(e);
            if (second instanceof RowStream.Stopped stopped) {
                for (Throwable closing : stopped.getSuppressed()) { // e.g. spill files the annex could not delete
                    first.addSuppressed(closing);
                }
            } else {
                first.addSuppressed(second);
            }
        }
    }

    /** What the worker threw, unwrapped from the future's and the lambda's wrappers. */
    private static Throwable thrown(CompletionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause instanceof UncheckedIOException io ? io.getCause() : cause;
    }

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
