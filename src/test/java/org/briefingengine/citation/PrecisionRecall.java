package org.briefingengine.citation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Precision and recall of a predicted set of items against a labelled set. */
record PrecisionRecall(int truePositives, int predicted, int expected) {

    static <T> PrecisionRecall of(Set<T> predicted, Set<T> expected) {
        Set<T> hits = new HashSet<>(predicted);
        hits.retainAll(expected);
        return new PrecisionRecall(hits.size(), predicted.size(), expected.size());
    }

    double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d)",
                precision(), truePositives, predicted, recall(), truePositives, expected);
    }
}
