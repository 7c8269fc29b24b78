package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.Sentence;
import org.briefingengine.corpus.SentenceSegmenter;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    private static List<String> of(String regex) {
        return RequiredLiterals.of(Pattern.compile(regex));
    }

    @Test
    void alternativesOfAWordGroupAreRequired() {
        assertThat(of("\\b(met|visited|spoke (with|to))\\b")).containsExactlyInAnyOrder("met", "visited", "spoke with", "spoke to");
    }

    @Test
    void smallClassesAndOptionalLettersAreMultipliedOut() {
        assertThat(of("organi[sz]ations")).containsExactlyInAnyOrder("organisations", "organizations");
        assertThat(of("\\b(detainees?|prisoners?)\\b")).containsExactlyInAnyOrder("detainee", "prisoner");
    }

    @Test
    void theMostSelectivePartOfASequenceIsChosen() {
        assertThat(of("\\b(not|never)\\b .{0,30}\\b(detainees?|prisoners?)\\b"))
                .containsExactlyInAnyOrder("detainee", "prisoner");
        assertThat(of("\\bobstruct\\w*")).containsExactly("obstruct");
    }

    @Test
    void everyBranchOfAnAlternationMustSupplyALiteral() {
        assertThat(of("\\bheld back\\b|\\bwithheld\\b")).containsExactlyInAnyOrder("held back", "withheld");
        assertThat(of("\\bwithheld\\b|.{0,3}")).isEmpty();
        assertThat(of("(reports?)?")).isEmpty();
    }

    @Test
    void unsupportedSyntaxGivesNoPrefilterRatherThanAWrongOne() {
        assertThat(of("(?i)withheld")).isEmpty();
        assertThat(of("\\Qwithheld\\E")).isEmpty();
        assertThat(of("(with)held \\1")).isEmpty();
        assertThat(of("with[[a-z]&&[^h]]eld")).isEmpty();
        assertThat(RequiredLiterals.of(Pattern.compile("withheld", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(of("no")).as("too short to be worth a check").isEmpty();
    }

    @Test
    void rangesNegationsAndLookaroundsCountAsAnything() {
        assertThat(of("visit[a-z]+ camps")).containsExactly(" camps");
        assertThat(of("[^x]{2}camps")).containsExactly("camps");
        assertThat(of("(?<!un)announced")).containsExactly("announced");
        assertThat(of("[- ]?holders?")).containsExactly("holder");
    }

    @Test
    void noLiteralIsEmptyWhenNoPrefilterApplies() {
        assertThat(RequiredLiterals.mayMatch(List.of(), "anything")).isTrue();
        assertThat(RequiredLiterals.mayMatch(List.of("camp"), "she visited a camp")).isTrue();
        assertThat(RequiredLiterals.mayMatch(List.of("camp"), "she visited a prison")).isFalse();
    }

    /**
     * Soundness on real text: whenever a shipped rule's regex matches a sentence, the prefilter lets the sentence
     * through; and every shipped rule gets a prefilter (else analysis is slow again).
     */
    @Test
    void theShippedRulesArePrefilteredSoundlyOnEveryCorpusSentence() throws Exception {
        List<Rule> rules = new ArrayList<>();
        for (Path rubric : List.of(TestDocs.RUBRIC_2022, Path.of("templates/standards/un-country-visit.yml"))) {
            Rubric.load(rubric).conditions().forEach(c -> rules.addAll(c.rules()));
        }
        // The sample corpus alone has over 100 sentences; with ../shared/corpus beside the project, over 300.
        Path shared = ReferenceCorpus.locate();
        List<String> sentences = sentences(shared);
        assertThat(sentences).hasSizeGreaterThan(shared != null ? 300 : 100);
        int matched = 0;
        for (Rule rule : rules) {
            List<String> literals = RequiredLiterals.of(rule.match());
            assertThat(literals).as("prefilter of rule %s", rule.id()).isNotEmpty();
            for (String sentence : sentences) {
                if (rule.match().matcher(sentence).find()) {
                    matched++;
                    assertThat(RequiredLiterals.mayMatch(literals, sentence))
                            .as("rule %s on: %s", rule.id(), sentence).isTrue();
                }
            }
        }
        // Most conditions now use concepts and cues; the regex rules left (the escape hatch) still match.
        assertThat(matched).as("the check saw real matches").isGreaterThan(shared != null ? 3 : 0);
    }

    /** The sentences of the sample corpus, and of the shared corpus when {@code shared} is not null. */
    private static List<String> sentences(Path shared) throws Exception {
        SentenceSegmenter segmenter = new SentenceSegmenter();
        List<String> out = new ArrayList<>();
        if (shared != null) {
            for (SegmentedDocument d : ReferenceCorpus.read(shared)) {
                addAll(out, d.document().text(), d.sentences());
            }
        }
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".csv")).toList()) {
                String text = Files.readString(f);
                addAll(out, text, segmenter.segment(text));
            }
        }
        return out;
    }

    private static void addAll(List<String> out, String text, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            out.add(PlainText.normalise(text.substring(s.start(), s.end())));
        }
    }
}
