package org.briefingengine.citation;

import java.util.List;
import java.util.Set;

/**
 * One catalogue row: a mechanism and how to recognise it.
 *
 * @param aliases    plain phrases; an all-capitals alias (an acronym) matches only in capitals, others in any case
 * @param pattern    a Java regex matched as written (case-sensitive unless it says {@code (?i)}), or ""
 * @param exclusion  a Java regex matched in any case; a mention inside text it matches is not counted, or ""
 * @param symbols    UN document symbol prefixes owned by the mechanism, e.g. {@code A/HRC/WGAD}
 * @param references the kinds of formal reference the mechanism issues
 */
public record MechanismRule(Mechanism mechanism, List<String> aliases, String pattern, String exclusion,
                            List<String> symbols, Set<ReferenceKind> references) {

    public MechanismRule {
        aliases = List.copyOf(aliases);
        pattern = pattern == null ? "" : pattern;
        exclusion = exclusion == null ? "" : exclusion;
        symbols = List.copyOf(symbols);
        references = Set.copyOf(references);
    }

    public String code() {
        return mechanism.code();
    }
}
