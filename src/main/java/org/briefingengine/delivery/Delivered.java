package org.briefingengine.delivery;

/**
 * What became of one mail.
 *
 * @param state     {@link #SENT} or {@link #FAILED}
 * @param attempts  how many times it was handed to the SMTP server
 * @param lastError why the last attempt failed, or null when sent
 */
record Delivered(String state, int attempts, String lastError) {

    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    boolean sent() {
        return SENT.equals(state);
    }
}
