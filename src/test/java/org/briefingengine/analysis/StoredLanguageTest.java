package org.briefingengine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.briefingengine.TestDatabase;
import org.briefingengine.corpus.DocumentStore;
import org.briefingengine.corpus.IngestedFile;
import org.briefingengine.corpus.SourceDocument;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A document's language is stored at ingest; one stored by an older version gets it when analysed again. */
class StoredLanguageTest {

    private static final String FRENCH = "Le Comité contre la torture attend toujours des chiffres précis sur les"
            + " personnes détenues dans la région.";

    @Test
    void storedAtIngestAndDetectedForRowsStoredWithoutOne() {
        JdbcTemplate jdbc = TestDatabase.withSchema("stored-language");
        DocumentStore documents = new DocumentStore(jdbc);
        SourceDocument fr = new SourceDocument("fr.txt", "fr.txt", 0, "Titre", "Réseau", LocalDate.of(2022, 5, 25),
                "ngo", "", FRENCH, List.of(), "fr");
        SourceDocument old = new SourceDocument("old.txt", "old.txt", 0, "Titre", "Réseau",
                LocalDate.of(2022, 5, 25), "ngo", "", FRENCH + " Encore.", List.of(), "fr");
        documents.save(List.of(IngestedFile.read("fr.txt", "sha-fr", "stamp-fr", false, List.of(fr)),
                IngestedFile.read("old.txt", "sha-old", "stamp-old", false, List.of(old))), 1);
        assertThat(language(jdbc, "fr.txt")).isEqualTo("fr");

        jdbc.update("UPDATE BE_DOCUMENT SET LANGUAGE = NULL WHERE ID = 'old.txt'"); // as an older version left it
        SourceDocument reread = jdbc.query("SELECT " + DocumentStore.DOCUMENT_COLUMNS
                + " FROM BE_DOCUMENT WHERE ID = 'old.txt'", DocumentStore.DOCUMENT_MAPPER).get(0);
        assertThat(reread.language()).isEqualTo("fr");

        new AnalysisStore(jdbc).save(List.of(new DocumentAnalysis("old.txt", List.of(), List.of(), reread.language()),
                new DocumentAnalysis("fr.txt", List.of(), List.of(), "en")), "fingerprint", 1L);
        assertThat(language(jdbc, "old.txt")).isEqualTo("fr");
        assertThat(language(jdbc, "fr.txt")).as("a stored language is kept").isEqualTo("fr");
    }

    private static String language(JdbcTemplate jdbc, String id) {
        return jdbc.queryForObject("SELECT LANGUAGE FROM BE_DOCUMENT WHERE ID = ?", String.class, id);
    }
}
