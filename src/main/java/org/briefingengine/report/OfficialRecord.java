package org.briefingengine.report;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stable address of a formal reference's official record, where one exists: a UN document symbol
 * ({@code A/HRC/51/12}, {@code CERD/C/CHN/CO/14-17}, {@code E/CN.4/1998/45}) in the UN Official Document System,
 * {@code https://docs.un.org/en/<symbol>}. Communications ({@code CHN 13/2018}), resolutions by number
 * ({@code HRC res. 43/1}), treaty-body outputs by title and ILO conventions have no such address: none.
 */
public final class OfficialRecord {

    static final String ODS = "https://docs.un.org/en/";

    /** Upper-case series segments separated by slashes, then segments of letters, digits, dots and hyphens. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Z0-9]*(?:\\.\\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.\\-()]*)+");

    private OfficialRecord() {
    }

    public static Optional<String> url(String reference) {
        if (reference == null || !SYMBOL.matcher(reference).matches() || reference.length() > 80) {
            return Optional.empty();
        }
        return Optional.of(ODS + reference);
    }
}
