package org.briefingengine.report;

/**
 * Neutralises text that a spreadsheet would take for a formula (CSV injection, as OWASP describes it).
 * Every text cell of the annex and every CSV field that carries document text goes through here.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {
    }

    /**
     * Returns {@code value} unchanged unless it starts with a character that makes a formula
     * ({@code = + - @}, or a tab or carriage return that some tools strip before such a character);
     * then it is prefixed with a single quote, which spreadsheets show as text.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
