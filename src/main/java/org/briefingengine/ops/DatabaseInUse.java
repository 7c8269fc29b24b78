package org.briefingengine.ops;

import java.sql.SQLException;

/** Recognises H2's refusal to open a database file that another process holds open. */
final class DatabaseInUse {

    /** H2's error code for "Database may be already in use". */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private DatabaseInUse() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
