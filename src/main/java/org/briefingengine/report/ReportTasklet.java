package org.briefingengine.report;

import java.nio.file.Path;

import org.briefingengine.report.BriefingReportAssembler.ReportRequest;
import org.briefingengine.report.csv.CsvExporter;
import org.briefingengine.report.pdf.PdfBriefingWriter;
import org.briefingengine.report.xlsx.AnnexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes briefing.pdf, annex.xlsx and the CSV exports of one run, and publishes them together. */
public class ReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

    private final BriefingReportAssembler assembler;
    private final ReportRequest request;
    private final Path target;
    private final CsvExporter csv;
    private final AnnexWriter annex;
    private final PdfBriefingWriter pdf;
    private final OutputPublisher publisher;

    public ReportTasklet(BriefingReportAssembler assembler, ReportRequest request, Path target, CsvExporter csv,
                         AnnexWriter annex, PdfBriefingWriter pdf, OutputPublisher publisher) {
        this.assembler = assembler;
        this.request = request;
        this.target = target;
        this.csv = csv;
        this.annex = annex;
        this.pdf = pdf;
        this.publisher = publisher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        BriefingReport report = assembler.assemble(request);
        long[] millis = new long[4];
        millis[0] = elapsedMillis(started);
        publisher.publish(target, request.runId(), dir -> {
            long t = System.nanoTime();
            csv.write(report, dir);
            millis[1] = elapsedMillis(t);
            t = System.nanoTime();
            annex.write(report, dir.resolve("annex.xlsx"));
            millis[2] = elapsedMillis(t);
            t = System.nanoTime();
            pdf.write(report, dir.resolve("briefing.pdf"));
            millis[3] = elapsedMillis(t);
        });
        contribution.incrementWriteCount(report.corpus().documents());
        log.info("report: {} documents; queries {} ms, CSVs {} ms, annex.xlsx {} ms, briefing.pdf {} ms; published in {}",
                report.corpus().documents(), millis[0], millis[1], millis[2], millis[3], target);
        return RepeatStatus.FINISHED;
    }

    private static long elapsedMillis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
