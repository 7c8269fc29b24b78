package org.briefingengine.report.pdf;

/**
 * Puts a quote between the briefing's quotation marks without doubling marks the quote brings along. A quote
 * wholly enclosed in quotation marks of its own loses them: “"A visit …"” reads “A visit …”. A quote that only
 * starts or ends with a quotation mark has that mark, and its partner inside the quote, written as a single one,
 * as a quote within a quote is: “…the Government.”” reads “…the Government.’”. Marks inside the quote that do not
 * touch its ends are left as they are.
 */
final class QuoteMarks {

    private static final String OPENING = "\"“„«";
    private static final String CLOSING = "\"”»";

    private QuoteMarks() {
    }

    static String enclose(String quote) {
        StringBuilder q = new StringBuilder(quote == null ? "" : quote.strip());
        if (q.length() >= 2 && OPENING.indexOf(q.charAt(0)) >= 0) {
            int partner = indexOf(q, CLOSING, 1);
            if (partner == q.length() - 1) {
                q.deleteCharAt(partner).deleteCharAt(0); // wholly enclosed: the briefing's marks replace its own
                return "“" + q.toString().strip() + "”";
            }
            q.setCharAt(0, '‘');
            if (partner > 0) {
                q.setCharAt(partner, '’');
            }
        }
        int last = q.length() - 1;
        if (last >= 1 && CLOSING.indexOf(q.charAt(last)) >= 0) {
            int partner = lastIndexOf(q, OPENING, last - 1);
            q.setCharAt(last, '’');
            if (partner >= 0) {
                q.setCharAt(partner, '‘');
            }
        }
        return "“" + q + "”";
    }

    private static int indexOf(CharSequence s, String marks, int from) {
        for (int i = from; i < s.length(); i++) {
            if (marks.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(CharSequence s, String marks, int from) {
        for (int i = from; i >= 0; i--) {
            if (marks.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
