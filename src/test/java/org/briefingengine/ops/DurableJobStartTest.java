package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A commit made before the job's start is in the database file, not only in H2's memory, once the listener has run.
 * The file is read through a copy, as a process that died at that moment would leave it.
 */
class DurableJobStartTest {

    @TempDir
    Path tmp;

    @Test
    void theStartIsOnDiskBeforeTheFirstStep() throws Exception {
        // A write delay far longer than the test: H2 writes nothing by itself meanwhile.
        String url = "jdbc:h2:file:" + tmp.resolve("engine") + ";WRITE_DELAY=600000;DB_CLOSE_ON_EXIT=FALSE";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        try (Statement s = dataSource.getConnection().createStatement()) {
            s.execute("CREATE TABLE T (ID INT)");
            s.execute("CHECKPOINT SYNC");
            s.execute("INSERT INTO T VALUES (7)");
        }
        assertThat(rowsInACopyOfTheFile("before")).as("committed, not yet written").isZero();

        new DurableJobStart(dataSource).beforeJob(new JobExecution(1L, new JobInstance(1L, "weekly-briefing"), new JobParameters()));

        assertThat(rowsInACopyOfTheFile("after")).isEqualTo(1);
        dataSource.destroy();
    }

    private int rowsInACopyOfTheFile(String name) throws Exception {
        Path copy = tmp.resolve(name);
        Files.copy(tmp.resolve("engine.mv.db"), tmp.resolve(name + ".mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy, "sa", "");
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM T")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
