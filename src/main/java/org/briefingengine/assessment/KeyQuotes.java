package org.briefingengine.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * The strongest quotes of one condition, kept while rows stream past: at most {@code max} rows of each stance in
 * memory. Both sides are shown: when the condition has supporting and contradicting rows, the strongest of each
 * is always among the quotes, and the other places go to the strongest of the rest. The strength order is total
 * (it ends with document and offset), so the result does not depend on row order.
 */
public final class KeyQuotes {

    /** How many quotes per condition the briefing shows. */
    public static final int PER_CONDITION = 3;

    private final int max;
    private final List<Evidence> supporting = new ArrayList<>();
    private final List<Evidence> contradicting = new ArrayList<>();

    public KeyQuotes(int max) {
        this.max = max;
    }

    public void add(Evidence e) {
        List<Evidence> best = e.stance() == Stance.SUPPORTS ? supporting : contradicting;
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

    /** The strongest row of each stance, then the strongest of the rest, up to {@code max}; best first. */
    public List<Evidence> best() {
        List<Evidence> chosen = new ArrayList<>();
        if (!supporting.isEmpty() && !contradicting.isEmpty() && max >= 2) {
            chosen.add(supporting.get(0));
            chosen.add(contradicting.get(0));
        }
        List<Evidence> rest = new ArrayList<>(supporting);
        rest.addAll(contradicting);
        rest.removeAll(chosen);
        rest.sort(EvidenceStrength.STRONGEST_FIRST);
        for (Evidence e : rest) {
            if (chosen.size() >= max) {
                break;
            }
            chosen.add(e);
        }
        chosen.sort(EvidenceStrength.STRONGEST_FIRST);
        return List.copyOf(chosen);
    }
}
