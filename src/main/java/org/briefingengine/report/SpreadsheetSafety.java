package org.briefingengine.report;

/**
 * Neutralises text that a spreadsheet would take for a formula (CSV injection, as OWASP describes it).
 * Every text cell of the annex and every CSV field that carries document text goes through here.
 */
public final class SpreadsheetSafety {

    /**
     * Characters that make a formula when a field starts with them: {@code = + - @} (OWASP), tab and carriage
     * return (which some tools strip before such a character), and NUL (OWASP ASVS 5.0, requirement 1.2.10).
     */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\0";

    private SpreadsheetSafety() {
    }

    /**
     * Returns {@code value} unchanged unless it starts with one of the formula triggers above; then it is
     * prefixed with a single quote, which spreadsheets show as text. {@code null} becomes "".
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
