package org.briefingengine.ops;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Puts a job execution's start on disk before its first step. H2 keeps committed changes in memory for a moment
 * and writes them in the background or when the database closes, so a run that fills the database's disk (or is
 * killed) within that moment left no trace: the next run had nothing to mark FAILED, and {@code status} did not
 * list it. Once the job repository has recorded the start, this forces H2's store to disk ({@code CHECKPOINT SYNC},
 * H2's own statement). Other databases make a commit durable by themselves and are left alone.
 */
@Component
public class DurableJobStart implements JobExecutionListener {

    private final JdbcClient jdbc;
    private final boolean h2;

    public DurableJobStart(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.h2 = isH2(dataSource);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        if (h2) {
            jdbc.sql("CHECKPOINT SYNC").update();
        }
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}
