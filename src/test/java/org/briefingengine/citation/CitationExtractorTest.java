package org.briefingengine.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.briefingengine.corpus.SegmentedDocument;
import org.briefingengine.corpus.Sentence;
import org.briefingengine.corpus.SourceDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pattern families of the shipped catalogue, on sentences written for these tests. */
class CitationExtractorTest {

    private static final CitationExtractor EXTRACTOR =
            new CitationExtractor(MechanismCatalogue.load(Path.of("templates/mechanisms.csv")));

    /** "CODE" for a plain mention, "CODE reference" for a formal reference, in text order. */
    private static List<String> cite(String text) {
        return EXTRACTOR.extract(Documents.of("test.txt", text)).stream()
                .map(c -> c.reference().isEmpty() ? c.mechanism() : c.mechanism() + " " + c.reference()).toList();
    }

    @Nested
    class CharterBodies {

        @Test
        void councilItsSessionsAndTheReview() {
            assertThat(cite("Delegates spoke at the Human Rights Council.")).containsExactly("HRC");
            assertThat(cite("Advocates lobbied hard during HRC52 in Geneva.")).containsExactly("HRC");
            assertThat(cite("The state's third Universal Periodic Review is due.")).containsExactly("UPR");
        }

        @Test
        void specialProceduresByTitleAndMandate() {
            assertThat(cite("The Special Rapporteur on torture asked to visit.")).containsExactly("SP");
            assertThat(cite("Two special rapporteurs wrote jointly.")).containsExactly("SP");
            assertThat(cite("The Working Group on Arbitrary Detention found the arrest unlawful.")).containsExactly("SP");
            assertThat(cite("An opinion of the WGAD followed.")).containsExactly("SP");
            assertThat(cite("The Independent Expert on sexual orientation reported.")).containsExactly("SP");
        }

        @Test
        void formerCommission() {
            assertThat(cite("The old Commission on Human Rights was replaced in 2006.")).containsExactly("CHR");
        }

        @Test
        void councilIsNotTheCommitteeAndRegionalCommissionsAreNotTheFormerCommission() {
            assertThat(cite("The Human Rights Committee met in July.")).containsExactly("CCPR");
            assertThat(cite("A petition went to the Inter-American Commission on Human Rights.")).isEmpty();
            assertThat(cite("The National Human Rights Council of the country issued a report.")).isEmpty();
        }
    }

    @Nested
    class TreatyBodies {

        @Test
        void fullNamesAcronymsAndPossessives() {
            assertThat(cite("The Committee on the Rights of the Child asked questions.")).containsExactly("CRC");
            assertThat(cite("CAT raised the issue of solitary confinement.")).containsExactly("CAT");
            assertThat(cite("The CEDAW's review was postponed.")).containsExactly("CEDAW");
            assertThat(cite("The Subcommittee on Prevention of Torture may visit places of detention.")).containsExactly("SPT");
            assertThat(cite("The Committee on Enforced Disappearances sent an urgent action.")).containsExactly("CED");
        }

        @Test
        void descriptiveNameOfTheRacialDiscriminationCommittee() {
            assertThat(cite("Governments echoed the UN\u2019s experts on racial discrimination in their review.")).containsExactly("CERD");
        }

        @Test
        void conventionsAndRegionalLookAlikesAreNotCommittees() {
            assertThat(cite("The European Committee for the Prevention of Torture inspected two prisons.")).isEmpty();
            assertThat(cite("The state ratified the Convention on the Rights of the Child (CRC) long ago.")).isEmpty();
            assertThat(cite("A parliamentary human rights committee held hearings.")).isEmpty();
            assertThat(cite("The cat sat by the door.")).isEmpty();
        }
    }

    @Nested
    class SecretariatAndSpecialized {

        @Test
        void highCommissionerAndTheOffice() {
            assertThat(cite("Activists urged the High Commissioner to act.")).containsExactly("OHCHR");
            assertThat(cite("The UN Human Rights Office published a report.")).containsExactly("OHCHR");
            assertThat(cite("The OHCHR team left on Monday.")).containsExactly("OHCHR");
        }

        @Test
        void otherHighCommissionersAreNotOhchr() {
            assertThat(cite("The UN High Commissioner for Refugees visited the camp.")).isEmpty();
            assertThat(cite("The British High Commissioner to Kenya attended.")).isEmpty();
        }

        @Test
        void secretaryGeneralOnlyOfTheUnitedNations() {
            assertThat(cite("The UN Secretary-General listed the country again.")).containsExactly("UNSG");
            assertThat(cite("The Secretary-General\u2019s annual report on reprisals names eleven states.")).containsExactly("UNSG");
            assertThat(cite("The Secretary General of a large NGO commented.")).isEmpty();
        }

        @Test
        void labourOrganization() {
            assertThat(cite("The ILO sent a mission.")).containsExactly("ILO");
        }
    }

    @Nested
    class GenericPhrases {

        @Test
        void namingNoMechanismIsNotACitation() {
            assertThat(cite("Several UN experts and UN human rights mechanisms voiced concern.")).isEmpty();
            assertThat(cite("The treaty bodies and independent experts have documented this.")).isEmpty();
            assertThat(cite("A working group on trade will meet twice a year.")).isEmpty();
        }
    }

    @Nested
    class FormalReferences {

        @Test
        void communicationsOneEachWithTheirPrefix() {
            assertThat(cite("See letters CHN 3/2019; UA CHN 7/2020 and AL RUS 12/2021."))
                    .containsExactly("SP CHN 3/2019", "SP UA CHN 7/2020", "SP AL RUS 12/2021");
        }

        @Test
        void communicationNeedsAKnownCountryCode() {
            assertThat(cite("Flight XQZ 12/2020 was late.")).isEmpty();
        }

        @Test
        void documentSymbolsBelongToTheMechanismOfTheLongestPrefix() {
            assertThat(cite("See A/HRC/51/12.")).containsExactly("HRC A/HRC/51/12");
            assertThat(cite("See CERD/C/CHN/CO/14-17 on this.")).containsExactly("CERD CERD/C/CHN/CO/14-17");
            assertThat(cite("See A/HRC/WGAD/2021/30 on this.")).containsExactly("SP A/HRC/WGAD/2021/30");
            assertThat(cite("See E/CN.4/1998/45 on this.")).containsExactly("CHR E/CN.4/1998/45");
        }

        @Test
        void missingSlashIsRepairedOnlyWhenUnambiguousAndFlagged() {
            List<Citation> repaired = EXTRACTOR.extract(Documents.of("t", "Terms in E/CN.41999/12 apply."));
            assertThat(repaired).singleElement().satisfies(c -> {
                assertThat(c.reference()).isEqualTo("E/CN.4/1999/12");
                assertThat(c.note()).isEqualTo("repaired from E/CN.41999/12");
            });
            assertThat(cite("Terms in E/CN.412/3 apply.")).isEmpty();
        }

        @Test
        void councilResolutionsInOneNormalForm() {
            assertThat(cite("They invoked HRC Resolution 43/1 again.")).containsExactly("HRC HRC res. 43/1");
            assertThat(cite("They invoked HRC res. 43/16 again.")).containsExactly("HRC HRC res. 43/16");
            assertThat(cite("They invoked Human Rights Council resolutions 41/2 and 44/5."))
                    .containsExactly("HRC HRC res. 41/2", "HRC HRC res. 44/5");
        }

        @Test
        void treatyBodyOutputsChainToThePrecedingBody() {
            assertThat(cite("Sources: CRC, Concluding Observations (2016) and Follow-up Letter (2019).")).containsExactly(
                    "CRC CRC Concluding Observations (2016)", "CRC CRC Follow-up Letter (2019)");
            assertThat(cite("Sources: CESCR list of issues (2022).")).containsExactly("CESCR CESCR List of Issues (2022)");
            assertThat(cite("The CRC's concluding observations were ignored.")).containsExactly("CRC");
        }

        @Test
        void labourConventionsOneEach() {
            assertThat(cite("It joined the International Labour Organization Conventions (87 and 98).")).containsExactly("ILO C087", "ILO C098");
            assertThat(cite("It ratified ILO Convention No. 29 first.")).containsExactly("ILO C029");
        }

        @Test
        void linkMarkupAroundReferencesIsIgnored() {
            assertThat(cite("Letters [VNM 4/2020](#); [VNM 9/2021](#).")).containsExactly("SP VNM 4/2020", "SP VNM 9/2021");
            assertThat(cite("CAT, [Concluding Observations](#) (2015).")).containsExactly("CAT CAT Concluding Observations (2015)");
        }
    }

    @Nested
    class CountingRules {

        @Test
        void repeatedPullQuoteCountsOnce() {
            String said = "The Committee against Torture must be heard.";
            String text = said + "\nOther news followed.\n" + said;
            assertThat(cite(text)).containsExactly("CAT");
        }

        @Test
        void sentencesFlaggedAsRepeatsAreSkipped() {
            String text = "The Human Rights Council met. The Human Rights Council voted.";
            SourceDocument doc = new SourceDocument("d.txt", "d.txt", 0, "", "", null, "", "", text, List.of());
            int split = text.indexOf(" The") + 1;
            SegmentedDocument segmented = new SegmentedDocument(doc,
                    List.of(new Sentence(0, split - 1, false), new Sentence(split, text.length(), true)));

            assertThat(EXTRACTOR.extract(segmented)).singleElement().extracting(Citation::start).isEqualTo(4);
        }

        @Test
        void fullNameWithAcronymInOneSentenceIsOneCitation() {
            assertThat(cite("The Committee against Torture (CAT) met.")).containsExactly("CAT");
        }

        @Test
        void citationCarriesDocumentFieldsQuoteAndOffsets() {
            String text = "Intro line.\nLater the Committee on Migrant Workers   replied.";
            SourceDocument doc = new SourceDocument("in/a.txt", "in/a.txt", 0, "", "An NGO", LocalDate.of(2022, 5, 28),
                    "ngo", "", text, List.of());
            SegmentedDocument segmented = new SegmentedDocument(doc, new org.briefingengine.corpus.SentenceSegmenter().segment(text));

            Citation c = EXTRACTOR.extract(segmented).get(0);

            assertThat(c).extracting(Citation::document, Citation::publisher, Citation::published, Citation::mechanism,
                    Citation::family, Citation::reference, Citation::note)
                    .containsExactly("in/a.txt", "An NGO", LocalDate.of(2022, 5, 28), "CMW", "TREATY", "", "");
            assertThat(c.quote()).isEqualTo("Later the Committee on Migrant Workers replied.");
            assertThat(text.substring(c.start(), c.end())).isEqualTo("Committee on Migrant Workers");
        }

        @Test
        void oneExtractorServesManyThreads() {
            String text = "The Special Rapporteur wrote. See CHN 1/2020. CERD, Concluding Observations (2018).";
            List<String> expected = cite(text);
            List<List<String>> parallel = IntStream.range(0, 200).parallel().mapToObj(i -> cite(text)).toList();
            assertThat(parallel).allSatisfy(r -> assertThat(r).isEqualTo(expected));
        }
    }
}
