package org.briefingengine.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MechanismCatalogueTest {

    private static final String HEADER = "code,family,name,aliases,patterns,exclusions,symbols,references\n";

    @TempDir
    Path dir;

    @Test
    void shippedCatalogueListsEveryMechanismInFileOrder() {
        MechanismCatalogue catalogue = MechanismCatalogue.load(Path.of("templates/mechanisms.csv"));

        assertThat(catalogue.mechanisms()).extracting(Mechanism::code).containsExactly(
                "HRC", "UPR", "SP", "CHR", "CERD", "CESCR", "CCPR", "CAT", "SPT", "CEDAW", "CRC", "CMW", "CRPD", "CED",
                "OHCHR", "UNSG", "ILO");
        assertThat(catalogue.mechanisms()).filteredOn(m -> m.code().equals("CCPR")).singleElement()
                .isEqualTo(new Mechanism("CCPR", "TREATY", "Human Rights Committee"));
    }

    @Test
    void readsOptionalColumnsAndRegexBackslashesAsWritten() throws IOException {
        Path csv = write(HEADER + "XYZ,CHARTER,Example Body,Example Body|EXB,\"\\bEXB\\d{2}\\b\",Fake\\s+Example,X/EXB,resolutions|outputs\n");

        MechanismRule rule = MechanismCatalogue.load(csv).rules().get(0);

        assertThat(rule.aliases()).containsExactly("Example Body", "EXB");
        assertThat(rule.pattern()).isEqualTo("\\bEXB\\d{2}\\b");
        assertThat(rule.exclusion()).isEqualTo("Fake\\s+Example");
        assertThat(rule.symbols()).containsExactly("X/EXB");
        assertThat(rule.references()).containsExactlyInAnyOrder(ReferenceKind.RESOLUTIONS, ReferenceKind.OUTPUTS);
    }

    @Test
    void onlyCodeFamilyAndNameAreRequired() throws IOException {
        Path csv = write("code,family,name\nXYZ,TREATY,Example Committee\n");

        assertThat(MechanismCatalogue.load(csv).mechanisms()).containsExactly(new Mechanism("XYZ", "TREATY", "Example Committee"));
    }

    @Test
    void unknownFamilyNamesFileAndLine() throws IOException {
        Path csv = write(HEADER + "AAA,TREATY,First,,,,,\nBBB,REGIONAL,Second,,,,,\n");

        assertThatThrownBy(() -> MechanismCatalogue.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(csv.toString()).hasMessageContaining("line 3").hasMessageContaining("REGIONAL");
    }

    @Test
    void invalidRegexNamesFileAndLine() throws IOException {
        Path csv = write(HEADER + "AAA,TREATY,First,,\"(unclosed\",,,\n");

        assertThatThrownBy(() -> MechanismCatalogue.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(csv.toString()).hasMessageContaining("line 2").hasMessageContaining("patterns");
    }

    @Test
    void unknownReferenceKindDuplicateCodeAndMissingColumnAreRejected() throws IOException {
        Path kind = write(HEADER + "AAA,TREATY,First,,,,,treaties\n");
        Path duplicate = write(HEADER + "AAA,TREATY,First,,,,,\nAAA,TREATY,Again,,,,,\n");
        Path column = write("code,name\nAAA,First\n");

        assertThatThrownBy(() -> MechanismCatalogue.load(kind)).hasMessageContaining("line 2").hasMessageContaining("treaties");
        assertThatThrownBy(() -> MechanismCatalogue.load(duplicate)).hasMessageContaining("line 3").hasMessageContaining("duplicate");
        assertThatThrownBy(() -> MechanismCatalogue.load(column)).hasMessageContaining("line 1").hasMessageContaining("family");
    }

    private Path write(String content) throws IOException {
        Path csv = Files.createTempFile(dir, "mechanisms", ".csv");
        return Files.writeString(csv, content);
    }
}
