package org.briefingengine.report.pdf;

import java.util.Locale;

import org.briefingengine.assessment.Status;
import org.jsoup.nodes.Element;

/**
 * How a status is shown: a symbol and a word (so it never depends on colour), inside a badge whose class
 * ({@code status-met}, …) the template's CSS styles with a fill or border that stays distinct in greyscale.
 */
final class StatusMark {

    private StatusMark() {
    }

    static String label(Status status) {
        return switch (status) {
            case MET -> "✔ Met";
            case PARTLY_MET -> "◐ Partly met";
            case NOT_MET -> "✘ Not met";
            case CONTESTED -> "⇄ Contested";
            case NO_EVIDENCE -> "○ No evidence";
        };
    }

    /** Appends the badge for {@code status} to {@code parent} and returns it. */
    static Element appendBadge(Element parent, Status status) {
        return parent.appendElement("span")
                .addClass("status")
                .addClass("status-" + status.name().toLowerCase(Locale.ROOT))
                .text(label(status));
    }
}
