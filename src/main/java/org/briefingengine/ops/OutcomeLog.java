package org.briefingengine.ops;

import java.util.Iterator;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;

/**
 * The logger of a run's last line. The command line prints that line itself (stdout on success, stderr on
 * failure), so the logger writes it to the run's log file only, not to the console a second time.
 */
final class OutcomeLog {

    static final String NAME = "org.briefingengine.outcome";

    private OutcomeLog() {
    }

    /** Routes {@link #NAME} to the root logger's appenders other than the console; call once logging is set up. */
    static void toFileOnly() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger outcome = context.getLogger(NAME);
        outcome.setAdditive(false);
        for (Iterator<Appender<ILoggingEvent>> it = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
             it.hasNext(); ) {
            Appender<ILoggingEvent> appender = it.next();
            if (!(appender instanceof ConsoleAppender) && outcome.getAppender(appender.getName()) == null) {
                outcome.addAppender(appender);
            }
        }
    }
}
