package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class FailureReasonTest {

    @Test
    void aFullDatabaseDiskIsTheReasonNotTheBookkeepingFailureThatFollows() {
        Throwable h2 = new IllegalStateException("JDBC commit failed",
                org.h2.message.DbException.convertIOException(new IOException("No space left on device"), "engine.mv.db"));
        List<Throwable> failures = List.of(
                new OptimisticLockingFailureException("Attempt to update step execution id=9 with wrong version (1)"), h2);
        assertThat(FailureReason.of(failures, "data/briefing-engine.mv.db")).hasValue(
                "no space left on device for the database data/briefing-engine.mv.db; free space there and run again"
                        + " (the next run marks this execution FAILED)");
    }

    @Test
    void otherwiseTheFirstFailureThatIsNotAVersionConflict() {
        List<Throwable> failures = List.of(new OptimisticLockingFailureException("wrong version"),
                new IllegalArgumentException("outer", new IOException("font missing")));
        assertThat(FailureReason.of(failures, "db")).hasValue("font missing");
    }

    /** H2 may report a write that failed in its background writer as text only, without the IO cause. */
    @Test
    void aFailedDatabaseWriteOnAFullVolumeIsTheFullDisk() {
        Throwable h2 = new IllegalStateException("General error: \"org.h2.mvstore.MVStoreException: Writing to"
                + " sun.nio.ch.FileChannelImpl@1a2b failed; length 401408 at 40960 [2.4.240/2]\" [50000-240]");
        List<Throwable> failures = List.of(h2);
        assertThat(FailureReason.of(failures, "db.mv.db", () -> 12_288)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("no space left on device for the database db.mv.db"));
        assertThat(FailureReason.of(failures, "db.mv.db", () -> 50L << 30)).hasValueSatisfying(
                reason -> assertThat(reason).contains("Writing to").doesNotContain("no space"));
    }
}
