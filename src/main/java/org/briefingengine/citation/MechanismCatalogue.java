package org.briefingengine.citation;

import java.nio.file.Path;
import java.util.List;

/** The mechanism catalogue kept as CSV in {@code templates/}: analysts extend it without recompiling. */
public class MechanismCatalogue {

    private final List<MechanismRule> rules;

    public MechanismCatalogue(List<MechanismRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a catalogue CSV (format in {@code templates/mechanisms.md}).
     *
     * @throws IllegalArgumentException naming the file and line of the first bad row
     */
    public static MechanismCatalogue load(Path csv) {
        return new MechanismCatalogue(CatalogueCsvReader.read(csv));
    }

    /** Mechanisms in catalogue order. */
    public List<Mechanism> mechanisms() {
        return rules.stream().map(MechanismRule::mechanism).toList();
    }

    /** Catalogue rows, in catalogue order, with their recognition rules. */
    public List<MechanismRule> rules() {
        return rules;
    }
}
