package org.briefingengine.delivery;

import java.sql.Timestamp;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every mail the engine tried to send, in {@code BE_DELIVERY}: {@code status} lists them. */
@Repository
public class DeliveryStore {

    private final JdbcClient jdbc;

    public DeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    void record(long runId, Mail mail, Delivered delivered, OffsetDateTime at) {
        jdbc.sql("INSERT INTO BE_DELIVERY (RUN_ID, KIND, RECIPIENTS, STATE, ATTEMPTS, LAST_ERROR, RECORDED_AT)"
                        + " VALUES (:runId, :kind, :recipients, :state, :attempts, :lastError, :at)")
                .param("runId", runId).param("kind", mail.kind()).param("recipients", cut(String.join(",", mail.to()), 4000))
                .param("state", delivered.state()).param("attempts", delivered.attempts())
                .param("lastError", delivered.lastError() == null ? null : cut(delivered.lastError(), 4000))
                .param("at", Timestamp.from(at.toInstant())).update();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
