package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.briefingengine.TestCorpora;
import org.junit.jupiter.api.Test;

/** Plain text wrapped at a fixed width is joined back into paragraphs before it is cut into sentences. */
class HardWrappedTextTest {

    private static final String WRAPPED = String.join("\n",
            "Human Rights Council",
            "Fiftieth session",
            "",
            "Account by the independent expert of her mission on the conditions of detention in",
            "Freedonia",
            "",
            "1. During the mission the Special Rapporteur was told that she could go wherever she",
            "wished, yet on the third day the authorities did not allow her to enter the remand",
            "prison of the capital, citing an outbreak of illness that nobody could confirm. The",
            "delegation was not granted access to the military camps either, and its requests for",
            "the list of detainees went unanswered despite repeated follow-",
            "up letters to the Ministry of the Interior.",
            "2. The Special Rapporteur met relatives of detainees in private.");

    private static List<String> sentences(String text) {
        return new SentenceSegmenter().segment(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aWrappedParagraphBecomesOneLineAndASentenceStaysWhole() {
        String text = HardWrappedText.unwrap(WRAPPED);

        assertThat(sentences(text)).contains(
                "The delegation was not granted access to the military camps either, and its requests for the list"
                        + " of detainees went unanswered despite repeated follow-up letters to the Ministry of the Interior.",
                "2. The Special Rapporteur met relatives of detainees in private.");
        // Left wrapped, the refusal and the place refused would have been two sentences.
        assertThat(sentences(WRAPPED)).contains("wished, yet on the third day the authorities did not allow her to enter the remand",
                "prison of the capital, citing an outbreak of illness that nobody could confirm.");
        assertThat(sentences(text)).noneMatch(s -> Character.isLowerCase(s.charAt(0)));
    }

    @Test
    void headingsAndNumberedParagraphsKeepTheirLines() {
        List<String> lines = HardWrappedText.unwrap(WRAPPED).lines().toList();

        assertThat(lines).startsWith("Human Rights Council", "Fiftieth session", "",
                "Account by the independent expert of her mission on the conditions of detention in Freedonia", "");
        assertThat(lines).filteredOn(l -> l.startsWith("1. ") || l.startsWith("2. ")).hasSize(2);
    }

    @Test
    void aBlankLineStillSeparatesParagraphs() {
        String text = WRAPPED + "\n\nannex: the list of places requested\nand refused.";

        assertThat(HardWrappedText.unwrap(text).lines().toList())
                .endsWith("2. The Special Rapporteur met relatives of detainees in private.", "",
                        "annex: the list of places requested and refused.");
    }

    @Test
    void textWrittenOneParagraphToALineIsLeftAsItIs() {
        String text = String.join("\n",
                "The Working Group visited four prisons and spoke with detainees without witnesses.",
                "its report was adopted in March",
                "The Government replied to the communication within the deadline.",
                "Officials accompanied the delegation on every trip.",
                "No reprisals against people who met the delegation were reported.");

        assertThat(HardWrappedText.unwrap(text)).isSameAs(text);
        assertThat(HardWrappedText.unwrap("one line only, not ending in a stop")).isEqualTo("one line only, not ending in a stop");
    }

    @Test
    void windowsLineEndsAreJoinedToo() {
        String text = WRAPPED.replace("\n", "\r\n");

        assertThat(HardWrappedText.unwrap(text)).isEqualTo(HardWrappedText.unwrap(WRAPPED));
    }

    /**
     * On the real UN texts: in the wrapped ones, sentences that start in lower case (the tail of a sentence cut at a
     * line break) all but disappear; the others come back unchanged.
     */
    @Test
    void realReportsWrappedAtAFixedWidthAreJoined() throws IOException, RejectedFileException {
        Path visits = TestCorpora.sharedFolder("visits").orElse(null);
        assumeTrue(visits != null, "../shared/visits not available");
        int wrapped = 0;
        int tailsBefore = 0;
        int tailsAfter = 0;
        int sentencesAfter = 0;
        try (Stream<Path> files = Files.list(visits)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = TextBytes.read(file);
                String unwrapped = HardWrappedText.unwrap(text);
                if (unwrapped == text) {
                    continue;
                }
                wrapped++;
                tailsBefore += lowerCaseStarts(sentences(text));
                List<String> after = sentences(unwrapped);
                tailsAfter += lowerCaseStarts(after);
                sentencesAfter += after.size();
            }
        }
        assertThat(wrapped).as("wrapped files among the visits").isGreaterThanOrEqualTo(10);
        assertThat(tailsBefore).as("sentence tails before joining").isGreaterThan(sentencesAfter / 2);
        assertThat(tailsAfter).as("sentence tails after joining").isLessThan(sentencesAfter / 50);
    }

    private static int lowerCaseStarts(List<String> sentences) {
        return (int) sentences.stream().filter(s -> Character.isLowerCase(s.charAt(0))).count();
    }
}
