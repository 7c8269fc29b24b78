package org.briefingengine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One phenomenon per test, on sentences written for it, with the generic rubric {@code un-country-visit.yml}:
 * wordings the old regexes missed, negation, demands and norms, exceptions, hedges, and who the subject is.
 */
class ConceptRuleTest {

    private static final Rubric RUBRIC = Rubric.load(Path.of("templates/standards/un-country-visit.yml"));
    private static final EvidenceExtractor EXTRACTOR = new EvidenceExtractor(RUBRIC);
    private static final StatusAssessor ASSESSOR = new StatusAssessor();

    private static List<Evidence> evidence(String condition, String text) {
        return EXTRACTOR.extract(TestDocs.doc("doc.txt", "un", text)).stream()
                .filter(e -> e.condition().equals(condition)).toList();
    }

    private static Status status(String condition, String text) {
        return ASSESSOR.assess(RUBRIC, RUBRIC.condition(condition).orElseThrow(), evidence(condition, text)).status();
    }

    @Test
    void newWordingsOfADenialAreFound() {
        String intro = "The Special Rapporteur toured the north. ";
        assertThat(status("detention-access", intro + "The authorities were unwilling to let her inquire freely in"
                + " every part of the jails.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", intro + "Entry to several custodial sites was blocked.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", intro + "Guards kept the Rapporteur from the inmates held in isolation,"
                + " although the ministry had authorised it.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", intro + "Cells had been tidied and inmates moved before the inspection."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The Rapporteur was once more not granted access to the territory."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void aGrantIsWholeOnlyWithAWordForAll() {
        assertThat(status("detention-access", "The delegation could go to custodial facilities across the whole country."))
                .isEqualTo(Status.MET);
        assertThat(status("detention-access", "The expert visited two remand prisons in the capital."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", "The expert travelled freely throughout the provinces."))
                .isEqualTo(Status.MET);
    }

    @Test
    void negationTurnsAGrantIntoADenialButANegatedDenialIsNothing() {
        assertThat(evidence("confidential-contact", "The Rapporteur could not meet the witnesses privately."))
                .singleElement().satisfies(e -> assertThat(e.stance()).isEqualTo(Stance.CONTRADICTS));
        assertThat(evidence("detention-access", "The mission's entry to the prisons was not obstructed.")).isEmpty();
        assertThat(status("confidential-contact", "None of the conversations the expert had were private."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void demandsNormsAndPlansAreNeverEvidence() {
        assertThat(evidence("confidential-contact", "The guarantees comprise private interviews and an assurance that"
                + " nobody who meets the expert will suffer for it.")).isEmpty();
        assertThat(evidence("no-reprisals", "The guarantees comprise private interviews and an assurance that"
                + " nobody who meets the expert will suffer for it.")).isEmpty();
        assertThat(evidence("detention-access", "The Special Rapporteur calls on the Government to grant her"
                + " unannounced access to all prisons.")).isEmpty();
        assertThat(evidence("detention-access", "The expert was invited to visit the prisons of the east next year."))
                .isEmpty();
        assertThat(evidence("freedom-of-movement", "Under the terms of reference, the expert must be free to travel"
                + " anywhere in the country.")).isEmpty();
    }

    @Test
    void anExceptionKeepsAGrantFromMakingMet() {
        assertThat(status("detention-access", "The Rapporteur's inspections of the prisons were unrestricted"
                + " everywhere, with two regrettable exceptions where officials stayed in the room."))
                .isNotEqualTo(Status.MET).isNotEqualTo(Status.NO_EVIDENCE);
        assertThat(status("detention-access", "The expert had access to all prisons except the military camp."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void aHedgedGrantIsPartial() {
        assertThat(evidence("detention-access", "The expert reportedly had unrestricted access to every prison."))
                .singleElement().satisfies(e -> assertThat(e.qualifier()).isEqualTo("hedged"));
    }

    @Test
    void theSubjectMustBeTheVisitingExpert() {
        // Detainees' access to lawyers, a national body's inspections, or an unsupervised form of detention.
        assertThat(evidence("detention-access", "Detainees were denied access to lawyers and relatives.")).isEmpty();
        assertThat(evidence("detention-access", "The Special Rapporteur noted that the national preventive mechanism"
                + " has unrestricted access to all prisons.")).isEmpty();
        assertThat(evidence("detention-access", "The Working Group on Arbitrary Detention visited the country.")).isEmpty();
        assertThat(evidence("confidential-contact", "Inmates in unsupervised home confinement spoke to nobody.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "Police blocked the road to the border town.")).isEmpty();
    }

    @Test
    void reprisalsAgainstPeopleWhoMetTheExpert() {
        assertThat(status("no-reprisals", "A witness was taken into custody days after speaking with the expert."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "The Rapporteur received no report of reprisals against anyone she met."))
                .isEqualTo(Status.NO_EVIDENCE);
    }

    @Test
    void contactAbroadIsNotContactUnderTheGuarantees() {
        assertThat(evidence("confidential-contact", "The commission held confidential interviews with witnesses in"
                + " third countries.")).isEmpty();
    }

    @Test
    void everyNonNoEvidenceStatusQuotesItsEvidence() {
        List<Evidence> found = evidence("detention-access", "The expert visited two remand prisons in the capital.");
        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.quote()).contains("remand prisons"));
    }
}
