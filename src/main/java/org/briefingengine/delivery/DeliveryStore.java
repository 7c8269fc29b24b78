package org.briefingengine.delivery;

import java.sql.Timestamp;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every mail the engine tried to send, in {@code BE_DELIVERY}: {@code status} lists them. */
@Repository
public class DeliveryStore {

    private final JdbcTemplate jdbc;

    public DeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long runId, Mail mail, Delivered delivered, OffsetDateTime at) {
        jdbc.update("INSERT INTO BE_DELIVERY (RUN_ID, KIND, RECIPIENTS, STATE, ATTEMPTS, LAST_ERROR, RECORDED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                runId, mail.kind(), cut(String.join(",", mail.to()), 4000), delivered.state(), delivered.attempts(),
                delivered.lastError() == null ? null : cut(delivered.lastError(), 4000), Timestamp.from(at.toInstant()));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
