package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RipgrepFloorTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheAliasesOfTheMechanismCatalogue() throws IOException {
        Path csv = tmp.resolve("mechanisms.csv");
        Files.writeString(csv, """
                code,family,name,aliases,patterns
                HRC,CHARTER,Human Rights Council,Human Rights Council|HRC,"\\bHRC\\d{1,2}\\b",(?:National|Advisory)\\s+Human
                SG,SECRETARIAT,Secretary-General,,"\\bSecretary[\\s-]+General(?:['’]s)?\\s+(?:Guterres\\s+)?\\b"
                SP,CHARTER,Special Procedures,Special Procedures|Special Rapporteur|HRC,
                """);

        RipgrepFloor.Patterns patterns = RipgrepFloor.patterns(csv);

        assertThat(patterns.aliases()).containsExactly("Human Rights Council", "HRC", "Special Procedures", "Special Rapporteur");
        assertThat(patterns.source()).isEqualTo("aliases of mechanisms.csv");
    }

    @Test
    void readsTheProjectsCatalogue() throws IOException {
        RipgrepFloor.Patterns patterns = RipgrepFloor.patterns(Path.of("../templates/mechanisms.csv"));

        assertThat(patterns.source()).isEqualTo("aliases of mechanisms.csv");
        assertThat(patterns.aliases()).contains("Special Rapporteur", "Human Rights Council");
    }

    @Test
    void fallsBackToTheBuiltInListWithoutACatalogue() throws IOException {
        assertThat(RipgrepFloor.patterns(tmp.resolve("missing.csv")).aliases()).isEqualTo(RipgrepFloor.DEFAULT_PATTERNS);
    }
}
