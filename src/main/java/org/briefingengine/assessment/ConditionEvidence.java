package org.briefingengine.assessment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evidence for one condition, folded one row at a time: what {@link StatusAssessor} needs to decide a status,
 * kept in memory that grows with the distinct sources and documents, never with the quotes. A condition with a
 * hundred thousand quotes is assessed from one streamed query.
 *
 * <p>Every choice here equals sorting all rows with {@link EvidenceStrength#STRONGEST_FIRST} and taking the
 * first: that order is total (it ends with document and offset), so "strongest so far" needs no tie rule.
 */
public final class ConditionEvidence {

    private final Sources all = new Sources();
    private final Sources support = new Sources();
    private final Sources contra = new Sources();
    private final Set<String> documents = new HashSet<>();
    private int supporting;
    /** The accounts (document and speaker) that support, or contradict, first-hand and directly. */
    private final Set<String> firstHandDirectSupport = new HashSet<>();
    private final Set<String> firstHandDirectContra = new HashSet<>();
    private boolean directSupport;
    private boolean contraAllHedged = true;

    /** Folds one evidence row of this condition in; rows may come in any order. */
    public void add(Evidence e) {
        all.add(e);
        documents.add(e.document());
        if (e.stance() == Stance.SUPPORTS) {
            supporting++;
        }
        if (!SourceWeight.of(e).credible()) {
            return;
        }
        boolean firstHandDirect = EvidenceStrength.firstHand(e) && EvidenceStrength.direct(e);
        if (e.stance() == Stance.SUPPORTS) {
            support.add(e);
            if (firstHandDirect) {
                firstHandDirectSupport.add(account(e));
            }
            directSupport |= EvidenceStrength.direct(e);
        } else {
            contra.add(e);
            if (firstHandDirect) {
                firstHandDirectContra.add(account(e));
            }
            contraAllHedged &= e.qualifier().equals("hedged");
        }
    }

    int total() {
        return all.count;
    }

    int supporting() {
        return supporting;
    }

    int documents() {
        return documents.size();
    }

    Sources all() {
        return all;
    }

    /** Credible supporting evidence (claims never decide a status). */
    Sources support() {
        return support;
    }

    /** Credible contradicting evidence. */
    Sources contra() {
        return contra;
    }

    /**
     * First-hand accounts disagree: one supports the condition directly and says nothing against it, another
     * contradicts it directly and says nothing for it. One account that reports both ("unimpeded access to the
     * prisons", "denied entry to the military camp") is no disagreement: the condition was met in part.
     */
    boolean firstHandAccountsDisagree() {
        return firstHandDirectSupport.stream().anyMatch(a -> !firstHandDirectContra.contains(a))
                && firstHandDirectContra.stream().anyMatch(a -> !firstHandDirectSupport.contains(a));
    }

    /** Some first-hand account supports the condition directly and also contradicts it directly. */
    boolean firstHandDirectSupport() {
        return !firstHandDirectSupport.isEmpty();
    }

    boolean firstHandAccountReportsBoth() {
        return firstHandDirectSupport.stream().anyMatch(firstHandDirectContra::contains);
    }

    /** One account: a document in its own voice, or one speaker it quotes. */
    private static String account(Evidence e) {
        return e.document() + '\u0000' + e.speaker();
    }

    /** True when some credible support is direct (neither partial nor hedged). */
    boolean directSupport() {
        return directSupport;
    }

    /** True when every credible contradicting quote is hedged (also when there is none). */
    boolean contraAllHedged() {
        return contraAllHedged;
    }

    /** Some evidence rows reduced to their count, their strongest row and their distinct sources. */
    static final class Sources {

        private int count;
        /** Per source as shown ("OHCHR (first-hand)"), its strongest row: that row ranks the source. */
        private final Map<String, Evidence> bySource = new HashMap<>();

        private void add(Evidence e) {
            count++;
            bySource.merge(source(e), e, (kept, next) -> EvidenceStrength.STRONGEST_FIRST.compare(next, kept) < 0 ? next : kept);
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** The strongest row: the strongest of its sources' strongest rows. */
        Evidence strongest() {
            return bySource.values().stream().min(EvidenceStrength.STRONGEST_FIRST).orElse(null);
        }

        /** The distinct sources, strongest first, e.g. "OHCHR (first-hand) and Amnesty (assessment)". */
        String who(int named) {
            List<String> names = bySource.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(EvidenceStrength.STRONGEST_FIRST))
                    .map(Map.Entry::getKey)
                    .toList();
            String shown = names.stream().limit(named).collect(Collectors.joining(", "));
            return names.size() > named ? shown + " and " + (names.size() - named) + " more" : shown;
        }

        /**
         * The source as shown: the document's publisher, or the person it quotes ("Bachelet, quoted by HRIC"): a
         * quotation is its speaker's word, weighed as the quoting document.
         */
        private static String source(Evidence e) {
            String publisher = e.publisher().isBlank() ? e.document() : e.publisher();
            String who = e.speaker().isBlank() || e.speaker().equalsIgnoreCase(publisher) ? publisher
                    : e.speaker() + ", quoted by " + publisher;
            return who + " (" + SourceWeight.of(e).label() + ")";
        }
    }
}
