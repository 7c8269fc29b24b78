package org.briefingengine.corpus;

/** Thrown by a reader when a file cannot be read; the message is the reason shown in {@code rejected.csv}. */
public class RejectedFileException extends Exception {

    public RejectedFileException(String reason) {
        super(reason);
    }

    public RejectedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
