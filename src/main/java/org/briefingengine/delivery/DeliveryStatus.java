package org.briefingengine.delivery;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;

/** The recent mail deliveries, as {@code status} prints them below the runs. */
public final class DeliveryStatus {

    private static final String RECENT = "SELECT RUN_ID, KIND, STATE, ATTEMPTS, RECORDED_AT, RECIPIENTS, LAST_ERROR"
            + " FROM BE_DELIVERY ORDER BY ID DESC LIMIT ?";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DeliveryStatus() {
    }

    /**
     * Prints the latest {@code limit} deliveries, newest first; nothing when there are none, or when the database
     * predates e-mail delivery (no {@code BE_DELIVERY} table: {@code status} never changes the database).
     */
    public static void print(Connection c, int limit, PrintStream out) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "BE_DELIVERY", null)) {
            if (!tables.next()) {
                return;
            }
        }
        try (PreparedStatement q = c.prepareStatement(RECENT)) {
            q.setInt(1, limit);
            try (ResultSet rs = q.executeQuery()) {
                String format = "%-9s %-8s %-6s %8s %-19s  %s%n";
                boolean first = true;
                while (rs.next()) {
                    if (first) {
                        out.println();
                        out.println("mail:");
                        out.printf(format, "execution", "kind", "state", "attempts", "time", "recipients / last error");
                        first = false;
                    }
                    Timestamp at = rs.getTimestamp("RECORDED_AT");
                    String error = rs.getString("LAST_ERROR");
                    out.printf(format, rs.getLong("RUN_ID"), rs.getString("KIND"), rs.getString("STATE"),
                            rs.getInt("ATTEMPTS"), at == null ? "-" : at.toLocalDateTime().format(TIME),
                            rs.getString("RECIPIENTS") + (error == null ? "" : " / " + error));
                }
            }
        }
    }
}
