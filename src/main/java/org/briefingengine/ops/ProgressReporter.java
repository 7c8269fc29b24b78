package org.briefingengine.ops;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a chunk step, items done of total: a progress bar on a terminal, a plain log line at most every
 * {@value #LOG_EVERY_SECONDS} seconds otherwise (cron).
 */
public class ProgressReporter<T> implements StepExecutionListener, ItemWriteListener<T> {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    static final int LOG_EVERY_SECONDS = 10;
    private static final int BAR = 30;

    private final String step;
    private final String unit;
    private final LongSupplier total;
    private final PrintStream terminal;
    private long done;
    private long lastLog;

    /**
     * @param total    how many items the step will write, asked once the step has opened its reader
     * @param terminal where to draw the bar, or {@code null} to log lines instead
     */
    public ProgressReporter(String step, String unit, LongSupplier total, PrintStream terminal) {
        this.step = step;
        this.unit = unit;
        this.total = total;
        this.terminal = terminal;
    }

    /** Draws on stderr when the process has a terminal, logs otherwise. */
    public static <T> ProgressReporter<T> forConsole(String step, String unit, LongSupplier total) {
        return new ProgressReporter<>(step, unit, total, System.console() != null ? System.err : null);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        done = 0;
        lastLog = System.nanoTime();
    }

    @Override
    public void afterWrite(Chunk<? extends T> items) {
        done += items.size();
        long all = Math.max(total.getAsLong(), done);
        if (terminal != null) {
            int filled = all == 0 ? BAR : (int) (BAR * done / all);
            terminal.printf("\r%-8s [%s%s] %d/%d %s", step, "#".repeat(filled), ".".repeat(BAR - filled), done, all, unit);
            terminal.flush();
        } else if (System.nanoTime() - lastLog > LOG_EVERY_SECONDS * 1_000_000_000L) {
            lastLog = System.nanoTime();
            log.info("{}: {}/{} {} ({}%)", step, done, all, unit, all == 0 ? 100 : 100 * done / all);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (terminal != null && done > 0) {
            terminal.println();
        }
        return stepExecution.getExitStatus();
    }
}
