package org.briefingengine.assessment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One evidence rule of a rubric condition, compiled from the rubric file.
 *
 * @param id        name shown in {@link Evidence#rule()} so that an analyst can trace a match back to the file
 * @param stance    what a match means for the condition
 * @param match     the phrase or regex that must occur in the sentence
 * @param with      terms that must all occur too, in the sentence or the one before it (the condition's subject)
 * @param unless    terms that disqualify the sentence when any occurs in it
 * @param qualifier "partial" when a match only ever shows part of the condition, else ""
 */
public record Rule(String id, Stance stance, Pattern match, List<Pattern> with, List<Pattern> unless,
                   String qualifier) {

    public Rule {
        with = List.copyOf(with);
        unless = List.copyOf(unless);
        qualifier = qualifier == null ? "" : qualifier;
    }
}
