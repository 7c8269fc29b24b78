package org.briefingengine.weekly;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import javax.sql.DataSource;

import org.briefingengine.analysis.AnalysisFingerprint;
import org.briefingengine.analysis.AnalysisStore;
import org.briefingengine.analysis.AnalysisWriter;
import org.briefingengine.analysis.DocumentAnalyser;
import org.briefingengine.analysis.DocumentAnalysis;
import org.briefingengine.analysis.ShutdownSignal;
import org.briefingengine.assessment.AssessmentStore;
import org.briefingengine.assessment.AssessmentTasklet;
import org.briefingengine.assessment.EvidenceExtractor;
import org.briefingengine.assessment.StatusAssessor;
import org.briefingengine.citation.CitationExtractor;
import org.briefingengine.corpus.CorpusScanner;
import org.briefingengine.corpus.DocumentParser;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.IngestedFile;
import org.briefingengine.corpus.ScanStore;
import org.briefingengine.corpus.SentenceSegmenter;
import org.briefingengine.corpus.SourceDocument;
import org.briefingengine.corpus.ingest.CorpusItemReader;
import org.briefingengine.corpus.ingest.CorpusPruneListener;
import org.briefingengine.corpus.ingest.IngestItem;
import org.briefingengine.corpus.ingest.IngestProcessor;
import org.briefingengine.corpus.ingest.IngestWriter;
import org.briefingengine.ops.CurrentExecutions;
import org.briefingengine.ops.DurableJobStart;
import org.briefingengine.ops.ProgressReporter;
import org.briefingengine.ops.RunDefinitions;
import org.briefingengine.ops.RunRequest;
import org.briefingengine.ops.StepLogListener;
import org.briefingengine.report.BriefingReportAssembler;
import org.briefingengine.report.BriefingReportAssembler.ReportRequest;
import org.briefingengine.report.OutputPublisher;
import org.briefingengine.report.ReportTasklet;
import org.briefingengine.report.csv.CsvExporter;
import org.briefingengine.report.pdf.PdfBriefingWriter;
import org.briefingengine.report.xlsx.AnnexWriter;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The weekly briefing job: ingest the corpus, analyse new and changed documents, assess the rubric, report.
 * This class only wires; every step's work lives in its feature package.
 */
@Configuration
public class WeeklyBriefingJobConfiguration {

    public static final String JOB_NAME = "weekly-briefing";

    /** Files read per transaction: small, because a document can be large. */
    static final int INGEST_CHUNK = 20;
    static final int ANALYSIS_CHUNK = 50;

    /**
     * Processes the items of a chunk in parallel, one worker per core: parsing and extraction are the expensive,
     * thread-safe part; reading and writing stay on the step's thread. The report step borrows one worker to write
     * the annex beside the CSVs and the PDF.
     */
    @Bean
    ThreadPoolTaskExecutor documentWorkers() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        int cores = Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setThreadNamePrefix("document-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        return executor;
    }

    @Bean
    Job weeklyBriefingJob(JobRepository jobRepository, Step ingestStep, Step analyseStep, Step assessStep,
                          Step reportStep, DurableJobStart durableStart, CurrentExecutions currentExecutions) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(durableStart)
                .listener(currentExecutions)
                .start(ingestStep).next(analyseStep).next(assessStep).next(reportStep)
                .build();
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    CorpusItemReader corpusItemReader, IngestProcessor ingestProcessor, IngestWriter ingestWriter,
                    DocumentStore documentStore, ScanStore scanStore, ThreadPoolTaskExecutor documentWorkers,
                    StepLogListener stepLog) {
        return new StepBuilder("ingest", jobRepository)
                .<IngestItem, IngestedFile>chunk(INGEST_CHUNK)
                .transactionManager(transactionManager)
                .reader(corpusItemReader)
                .processor(ingestProcessor)
                .taskExecutor(documentWorkers)
                .writer(ingestWriter)
                .listener(ProgressReporter.<IngestedFile>forConsole("ingest", "files", corpusItemReader::total))
                .listener(new CorpusPruneListener(documentStore, scanStore))
                .listener(stepLog)
                .listener(ingestWriter) // after the step log: adds the untouched files to the counts it prints
                .build();
    }

    @Bean
    @StepScope
    CorpusItemReader corpusItemReader(ScanStore scanStore, @Value("#{stepExecution}") StepExecution step) {
        return new CorpusItemReader(new CorpusScanner(), request(step).input(), scanStore);
    }

    @Bean
    IngestProcessor ingestProcessor() {
        return new IngestProcessor(new DocumentParser());
    }

    @Bean
    @StepScope
    IngestWriter ingestWriter(DocumentStore documentStore, CorpusItemReader corpusItemReader,
                              @Value("#{stepExecution}") StepExecution step) {
        return new IngestWriter(documentStore, step.getJobExecutionId(), corpusItemReader::untouched);
    }

    /**
     * The run's rubric and catalogue, read once per job execution and shared by its steps: those the command line
     * read to validate the run, or, for a job started otherwise (tests), read here. Job-scoped without a proxy (a
     * record cannot be proxied): only step-scoped beans, made while the job runs, use it.
     */
    @Bean
    @Primary
    @Scope("job")
    RunDefinitions runDefinitions(@Qualifier(RunDefinitions.VALIDATED) ObjectProvider<RunDefinitions> validated,
                                  @Value("#{jobExecution}") JobExecution execution) {
        RunRequest run = RunRequest.from(JOB_NAME, execution.getJobParameters());
        RunDefinitions preloaded = validated.getIfAvailable();
        return preloaded != null && preloaded.readFor(run) ? preloaded
                : RunDefinitions.load(run.rubric(), run.mechanisms());
    }

    @Bean
    Step analyseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                     JdbcPagingItemReader<SourceDocument> pendingDocumentReader, DocumentAnalyser documentAnalyser,
                     AnalysisWriter analysisWriter, ProgressReporter<DocumentAnalysis> analyseProgress,
                     ThreadPoolTaskExecutor documentWorkers, StepLogListener stepLog) {
        return new StepBuilder("analyse", jobRepository)
                .<SourceDocument, DocumentAnalysis>chunk(ANALYSIS_CHUNK)
                .transactionManager(transactionManager)
                .reader(pendingDocumentReader)
                .processor(documentAnalyser)
                .taskExecutor(documentWorkers)
                .writer(analysisWriter)
                .listener(analyseProgress)
                .listener(stepLog)
                .build();
    }

    /** Documents not yet analysed with this run's catalogue and rubric, a page at a time. */
    @Bean
    @StepScope
    JdbcPagingItemReader<SourceDocument> pendingDocumentReader(DataSource dataSource, RunDefinitions definitions)
            throws Exception {
        return new JdbcPagingItemReaderBuilder<SourceDocument>()
                .name("pendingDocuments")
                .dataSource(dataSource)
                .selectClause(DocumentStore.DOCUMENT_COLUMNS)
                .fromClause("BE_DOCUMENT")
                .whereClause(AnalysisStore.PENDING_WHERE)
                .parameterValues(Map.of("fingerprint", analysisFingerprint(definitions)))
                .sortKeys(Map.of("ID", Order.ASCENDING))
                .rowMapper(DocumentStore.DOCUMENT_MAPPER)
                .pageSize(ANALYSIS_CHUNK)
                .saveState(false)
                .build();
    }

    @Bean
    @StepScope
    ProgressReporter<DocumentAnalysis> analyseProgress(AnalysisStore analysisStore, RunDefinitions definitions) {
        long pending = analysisStore.pending(analysisFingerprint(definitions));
        return ProgressReporter.forConsole("analyse", "documents", () -> pending);
    }

    @Bean
    @StepScope
    DocumentAnalyser documentAnalyser(RunDefinitions definitions,
                                      @Value("${briefing.analysis.document-time-limit:PT2M}") Duration timeLimit) {
        return new DocumentAnalyser(new SentenceSegmenter(), new CitationExtractor(definitions.mechanisms()),
                new EvidenceExtractor(definitions.rubric()), timeLimit, ShutdownSignal.signal());
    }

    @Bean
    @StepScope
    AnalysisWriter analysisWriter(AnalysisStore analysisStore, RunDefinitions definitions,
                                  @Value("#{stepExecution}") StepExecution step) {
        return new AnalysisWriter(analysisStore, analysisFingerprint(definitions), step.getJobExecutionId());
    }

    @Bean
    Step assessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    AssessmentTasklet assessmentTasklet, StepLogListener stepLog) {
        return new StepBuilder("assess", jobRepository)
                .tasklet(assessmentTasklet, transactionManager)
                .listener(stepLog)
                .build();
    }

    @Bean
    @StepScope
    AssessmentTasklet assessmentTasklet(AssessmentStore assessmentStore, DocumentStore documentStore,
                                        RunDefinitions definitions, @Value("#{stepExecution}") StepExecution step) {
        RunRequest run = request(step);
        return new AssessmentTasklet(assessmentStore, documentStore, new StatusAssessor(), definitions.rubric(),
                run.review(), run.display(run.review()), run.week().toString(), run.week().end(),
                step.getJobExecutionId(), Clock.systemDefaultZone());
    }

    @Bean
    Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    ReportTasklet reportTasklet, StepLogListener stepLog) {
        return new StepBuilder("report", jobRepository)
                .tasklet(reportTasklet, transactionManager)
                .listener(stepLog)
                .build();
    }

    @Bean
    @StepScope
    ReportTasklet reportTasklet(BriefingReportAssembler assembler, ThreadPoolTaskExecutor documentWorkers,
                                CurrentExecutions currentExecutions, RunDefinitions definitions,
                                @Value("#{stepExecution}") StepExecution step) {
        RunRequest run = request(step);
        ReportRequest report = new ReportRequest(JOB_NAME, run.week(), run.display(run.input()),
                definitions.rubric(), definitions.mechanisms(), step.getJobExecutionId(),
                OffsetDateTime.now());
        return new ReportTasklet(assembler, report, run.target(), new CsvExporter(), new AnnexWriter(),
                new PdfBriefingWriter(run.home().resolve("templates")), new OutputPublisher(), documentWorkers,
                () -> currentExecutions.stopRequested() || step.getJobExecution().isStopping());
    }

    private static String analysisFingerprint(RunDefinitions definitions) {
        return AnalysisFingerprint.of(definitions.mechanismsFile(), definitions.rubric());
    }

    private static RunRequest request(StepExecution step) {
        return RunRequest.from(JOB_NAME, step.getJobParameters());
    }
}
