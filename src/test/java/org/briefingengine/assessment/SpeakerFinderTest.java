package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reported speech in made-up sentences: the quoted words are the speaker's, the rest the document's. */
class SpeakerFinderTest {

    @Test
    void reportedAndQuotedSpeechBelongsToItsSpeaker() {
        SpeakerFinder f = new SpeakerFinder();
        String s1 = "The envoy Maria Lopez stresses that \"this trip was a dialogue, not a probe.\"";
        SpeakerFinder.Voice v1 = f.speaker(s1);
        assertThat(v1.at(s1.indexOf("probe"))).isEqualTo("Maria Lopez");
        SpeakerFinder.Voice v2 = f.speaker("She continues, \"I met everyone I wished to meet.\"");
        assertThat(v2.at(10)).isEqualTo("Maria Lopez");
        assertThat(f.speaker("Our group regrets that the report is still unpublished.").at(5)).isEmpty();
    }

    @Test
    void theDocumentsOwnWordsBeforeTheAttributionStayItsOwn() {
        SpeakerFinder f = new SpeakerFinder();
        String s = "Given the curbs imposed on the trip, Lopez has rightly acknowledged that it was no inquiry.";
        SpeakerFinder.Voice v = f.speaker(s);
        assertThat(v.at(s.indexOf("curbs"))).isEmpty();
        assertThat(v.at(s.indexOf("inquiry"))).isEqualTo("Lopez");
    }

    @Test
    void aQuotationRunsOnUntilItCloses() {
        SpeakerFinder f = new SpeakerFinder();
        assertThat(f.speaker("According to the ministry, “the guests went wherever they wished.").at(30)).isEqualTo("the ministry");
        assertThat(f.speaker("Nobody followed them.”").at(0)).isEqualTo("the ministry");
        assertThat(f.speaker("Observers disagree.").at(0)).isEmpty();
    }

    @Test
    void evidenceRowsNameTheQuotedSpeakerAndTheRationaleCreditsHer() {
        Rubric rubric = Rubric.load(TestDocs.RUBRIC_2022);
        List<Evidence> rows = new EvidenceExtractor(rubric).extract(TestDocs.doc("ngo.txt", "ngo",
                "Bachelet stresses that \"my visit was not an investigation.\" We disagree with her choices."));
        assertThat(rows).filteredOn(e -> e.condition().equals("un-information-used"))
                .singleElement().satisfies(e -> assertThat(e.speaker()).isEqualTo("Bachelet"));
        ConditionAssessment a = new StatusAssessor().assess(rubric, rubric.condition("un-information-used").orElseThrow(),
                rows.stream().filter(e -> e.condition().equals("un-information-used")).toList());
        assertThat(a.rationale()).contains("Bachelet, quoted by ngo.txt publisher");
    }

    @Test
    void aSummaryRecordsSpeakerOwnsTheirParagraphAndADelegateSpeaksForTheState() {
        SpeakerFinder f = new SpeakerFinder();
        String opening = "Mr. Okafor (Ruritania), replying to questions, said that the prisons were open to inspectors.";
        assertThat(f.speaker(opening, true).at(opening.indexOf("prisons"))).isEqualTo("Mr. Okafor (Ruritania)");
        assertThat(f.speaker("The visiting subcommittee had been free to go wherever it chose.", false).at(0))
                .isEqualTo("Mr. Okafor (Ruritania)");
        assertThat(f.speaker("The Chair thanked the delegation.", true).at(0)).isEmpty();
        assertThat(SpeakerFinder.stateVoice("Mr. Okafor (Ruritania)")).isTrue();
        assertThat(SpeakerFinder.stateVoice("Ms. Lind (Country Rapporteur)")).isFalse();
        assertThat(SpeakerFinder.stateVoice("the Subcommittee (SPT)")).isFalse();
        assertThat(SpeakerFinder.stateVoice("Ms. Lind (Amnesty International)")).isFalse();
        assertThat(SpeakerFinder.stateVoice("President Okafor")).isTrue();
        String hosts = "According to the Rapporteur's hosts, she was free to go anywhere in the country.";
        SpeakerFinder.Voice v = new SpeakerFinder().speaker(hosts);
        assertThat(v.at(hosts.indexOf("free"))).isEqualTo("the Rapporteur's hosts");
        assertThat(SpeakerFinder.stateVoice(v.at(hosts.indexOf("free")))).isTrue();
        for (String claim : List.of("State television reported that the expert had toured every jail.",
                "The host Government's note verbale indicates that the expert had toured every jail.",
                "The authorities indicate that the expert had toured every jail.")) {
            assertThat(SpeakerFinder.stateVoice(new SpeakerFinder().speaker(claim).at(claim.indexOf("jail")))).as(claim)
                    .isTrue();
        }
        String reply = "Ms. Varga (Ruritania) replied that monitors had visited every jail.";
        assertThat(new SpeakerFinder().speaker(reply, true).at(reply.indexOf("jail"))).isEqualTo("Ms. Varga (Ruritania)");

        Rubric rubric = Rubric.load(java.nio.file.Path.of("templates/standards/un-country-visit.yml"));
        List<Evidence> rows = new EvidenceExtractor(rubric).extract(TestDocs.doc("record.txt", "un",
                "Ms. Varga (Ruritania), introducing the report, said that her country welcomed monitors.\n\n"
                        + "Ms. Varga (Ruritania) said the Government valued dialogue. The Subcommittee had been allowed"
                        + " to visit all prisons unannounced.\n\nThe Subcommittee visited two prisons in March."));
        assertThat(rows).filteredOn(e -> e.condition().equals("detention-access")).hasSize(2)
                .anySatisfy(e -> assertThat(e.qualifier()).isEqualTo("claim"))
                .anySatisfy(e -> assertThat(e.qualifier()).isEqualTo("partial"));
    }

    @Test
    void heStandsForTheTitledPersonOfTheSentenceBeforeAndAnAmbassadorSpeaksForTheState() {
        SpeakerFinder f = new SpeakerFinder();
        assertThat(f.speaker("The news came from Ruritania's envoy in Geneva, Ambassador Jan Roe.").at(0)).isEmpty();
        String s = "He noted that the prisons had been open to the visiting expert.";
        assertThat(f.speaker(s).at(s.indexOf("prisons"))).isEqualTo("Ambassador Jan Roe");
        assertThat(SpeakerFinder.stateVoice("Ambassador Jan Roe")).isTrue();
        assertThat(SpeakerFinder.stateVoice("the UN Goodwill Ambassador")).isFalse();
    }

    /** The State speaks in many forms besides a capitalised name and "said": each of these is its claim. */
    @Test
    void theStateSpeaksThroughOfficesOutletsFramingsAndTheVerbsOfOfficialReplies() {
        for (String claim : List.of(
                "The head of the prison administration told reporters that the expert had seen every jail.",
                "Officials were quick to stress that the expert had seen every jail.",
                "Camp directors confirmed that the expert had seen every jail.",
                "The delegation of Ruritania informed the Committee that the expert had seen every jail.",
                "The state-owned Morning Courier wrote that the expert had seen every jail.",
                "The Mayor's office says the expert had seen every jail.",
                "Ruritanian officials have highlighted that the expert had seen every jail.",
                "The Ministry, in a later letter, affirms that the expert had seen every jail.",
                "As the Governor put it, the expert had seen every jail.",
                "Per the Interior Ministry, the expert had seen every jail.",
                "In the view of the authorities, the expert had seen every jail.",
                "It was the Ministry's position that the expert had seen every jail.",
                "The team was assured by the regional governor that the expert had seen every jail.",
                "A spokesman of the Ministry of Defence praised the visit, saying the expert had seen every jail.")) {
            String speaker = new SpeakerFinder().speaker(claim).at(claim.indexOf("jail"));
            assertThat(SpeakerFinder.stateVoice(speaker)).as(claim + " -> " + speaker).isTrue();
        }
        SpeakerFinder f = new SpeakerFinder();
        assertThat(f.speaker("The Working Group then met the Minister of the Interior.").at(0)).isEmpty();
        String s = "She stated that the experts had seen every jail.";
        assertThat(SpeakerFinder.stateVoice(f.speaker(s).at(s.indexOf("jail")))).isTrue();
        SpeakerFinder g = new SpeakerFinder();
        g.speaker("The expert met the provincial governors in the north.");
        String they = "They insisted that nobody was questioned for meeting the expert.";
        assertThat(SpeakerFinder.stateVoice(g.speaker(they).at(they.indexOf("questioned")))).isTrue();
        assertThat(SpeakerFinder.stateVoice("Ruritania")).isFalse();
        assertThat(SpeakerFinder.stateVoice("Mexico")).isTrue();
        assertThat(SpeakerFinder.stateVoice("the President of the Human Rights Council")).isFalse();
    }

    @Test
    void whatASpeakerDeniesIsNoStatementAndToContinueToDoSomethingIsNoSpeech() {
        String denial = "The Ministry rejected allegations that the expert had been kept out of the jail.";
        SpeakerFinder.Voice v = new SpeakerFinder().speaker(denial);
        assertThat(v.deniedAt(denial.indexOf("kept"))).isTrue();
        String said = "The Ministry said that the expert had been kept out of the jail.";
        assertThat(new SpeakerFinder().speaker(said).deniedAt(said.indexOf("kept"))).isFalse();
        String acts = "Ruritania continued to keep the expert out of its jails.";
        assertThat(new SpeakerFinder().speaker(acts).at(acts.indexOf("jails"))).isEmpty();
    }

    /** A State's word against itself is an admission; its word against allegations, and what it denies, are not. */
    @Test
    void aStateAdmittingARefusalIsEvidenceButItsDenialsAreNot() {
        Rubric rubric = Rubric.load(java.nio.file.Path.of("templates/standards/un-country-visit.yml"));
        EvidenceExtractor extractor = new EvidenceExtractor(rubric);
        List<Evidence> admitted = extractor.extract(TestDocs.doc("a.txt", "un", "The Ministry informed the Independent"
                + " Expert that the eastern province was closed to visitors, so she did not travel there."));
        assertThat(admitted).filteredOn(e -> e.condition().equals("freedom-of-movement")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.stance()).isEqualTo(Stance.CONTRADICTS))
                .allSatisfy(e -> assertThat(e.qualifier()).isNotEqualTo("claim"));
        List<Evidence> dismissed = extractor.extract(TestDocs.doc("b.txt", "un", "The Ministry stated that the"
                + " accusations of restrictions on the Independent Expert's movement were baseless."));
        assertThat(dismissed).filteredOn(e -> e.condition().equals("freedom-of-movement"))
                .allSatisfy(e -> assertThat(e.qualifier()).isEqualTo("claim"));
        List<Evidence> denied = extractor.extract(TestDocs.doc("c.txt", "un", "The Ministry denied that the"
                + " Independent Expert had been prevented from entering the women's prison."));
        assertThat(denied).filteredOn(e -> e.condition().equals("detention-access")).isEmpty();
        List<Evidence> cellBlock = extractor.extract(TestDocs.doc("d.txt", "un", "The Independent Expert entered"
                + " every cell block of the women's prison."));
        assertThat(cellBlock).filteredOn(e -> e.condition().equals("detention-access"))
                .noneSatisfy(e -> assertThat(e.stance()).isEqualTo(Stance.CONTRADICTS));
    }

    @Test
    void aSpokesmanForAnOfficeAndASingleQuotationNameTheirSpeaker() {
        String quote = "\"The escort kept away from every meeting,\" ";
        String s1 = quote + "a spokesman for the governor said.";
        assertThat(new SpeakerFinder().speaker(s1).at(5)).isEqualTo("a spokesman for the governor");
        assertThat(SpeakerFinder.stateVoice("a spokesman for the governor")).isTrue();
        String s2 = quote + "said a spokeswoman for the Interior Ministry on Monday.";
        assertThat(new SpeakerFinder().speaker(s2).at(5)).isEqualTo("a spokeswoman for the Interior Ministry");
        String s3 = "'We didn't see a single cell,' Ms. Okoro told reporters.";
        assertThat(new SpeakerFinder().speaker(s3).at(5)).isEqualTo("Ms. Okoro");
        // A lone official speaks for the State; a UN official does not.
        assertThat(SpeakerFinder.stateVoice("a senior official")).isTrue();
        assertThat(SpeakerFinder.stateVoice("a senior UN official")).isFalse();
        // "for" joins a speaker only after a spokesman, an official or a representative.
        String s4 = "He thanks the Government for its help and notes that he met the families in private.";
        assertThat(new SpeakerFinder().speaker(s4).at(s4.indexOf("families"))).doesNotContain("Government");
    }
}
