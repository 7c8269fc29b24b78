package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The strongest quotes of one condition, kept while rows stream past: at most {@code max} rows in memory. The
 * strength order is total (it ends with document and offset), so the result does not depend on row order.
 */
public final class KeyQuotes {

    /** How many quotes per condition the briefing shows. */
    public static final int PER_CONDITION = 3;

    private final int max;
    private final List<Evidence> best = new ArrayList<>();

    public KeyQuotes(int max) {
        this.max = max;
    }

    public void add(Evidence e) {
        int at = best.size();
        while (at > 0 && EvidenceStrength.STRONGEST_FIRST.compare(e, best.get(at - 1)) < 0) {
            at--;
        }
        if (at < max) {
            best.add(at, e);
            if (best.size() > max) {
                best.remove(max);
            }
        }
    }

    /** The strongest rows seen, best first. */
    public List<Evidence> best() {
        return List.copyOf(best);
    }
}
