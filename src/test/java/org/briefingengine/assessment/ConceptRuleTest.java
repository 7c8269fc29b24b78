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
    /** The opening most tests put before their sentence: a visit took place, so its findings are this visit's. */
    private static final String INTRO = "The Rapporteur visited the country in May. ";

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
    void accessThatBelongsToSomeoneElseIsNotTheExperts() {
        // Named in the same clause as the expert, the access is still the population's or the aid agencies'.
        assertThat(evidence("documentary-access", "The Special Rapporteur was worried by the hurdles to their access to"
                + " identity documents and registry files.")).isEmpty();
        assertThat(evidence("detention-access", "The Working Group described the access of members of civil society"
                + " to the prisons of the region.")).isEmpty();
        assertThat(evidence("documentary-access", "The expert listed the records requested, and the access limits"
                + " faced by humanitarian actors in the south.")).isEmpty();
        // Their own access, named as the delegation's, still counts.
        assertThat(status("detention-access", "The delegation had access to all prisons of the region."))
                .isEqualTo(Status.MET);
    }

    @Test
    void accessToNamesItsObject() {
        // The access is to a lawyer; the detention named before it is another item of the list.
        assertThat(evidence("detention-access", "The Rapporteur examined pre-trial detention, solitary confinement,"
                + " access to a lawyer and medical care.")).isEmpty();
        assertThat(status("detention-access", "The Rapporteur was given access to the remand prisons of the capital."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void theStatesOwnWordsInAUnReportAreAClaim() {
        // Reported speech of the government, named as a proper noun, in lower case or by its letter.
        for (String sentence : List.of(
                "The Minister of Justice said that the Rapporteur had inspected every prison without restriction.",
                "The authorities stated that the Rapporteur had inspected every prison without restriction.",
                "The Government's reply asserted that the Rapporteur had inspected every prison without restriction.")) {
            assertThat(evidence("detention-access", sentence)).as(sentence).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.qualifier()).isEqualTo("claim"));
            assertThat(status("detention-access", sentence)).as(sentence).isEqualTo(Status.NO_EVIDENCE);
        }
    }

    @Test
    void aWordForAllInARelativeClauseOrOverPeopleIsNotTheWholeCondition() {
        assertThat(status("detention-access", "The Rapporteur read the custody log in each prison she visited."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "The Rapporteur was able to meet all the inmates she asked for."))
                .isEqualTo(Status.PARTLY_MET);
        // Meeting people held there shows the expert was inside a place of detention.
        assertThat(status("detention-access", "The expert interviewed boys held in the juvenile remand centre."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "The expert talked in private with all the people she met in the jails."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void negationReachesFrontedAdverbialsAsidesAndReports() {
        assertThat(status("freedom-of-movement", "At no time was the delegation allowed to enter the border districts."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "The Rapporteur could not, in spite of two written requests, visit the"
                + " remand prison.")).isEqualTo(Status.NOT_MET);
        // What is known of no harm is support in part at most, never a contradiction.
        assertThat(status("no-reprisals", "The expert has no indication that anyone she met was arrested afterwards."))
                .isIn(Status.PARTLY_MET, Status.NO_EVIDENCE);
        assertThat(status("no-reprisals", "The expert has not received any allegation of arrests of people she met."))
                .isIn(Status.PARTLY_MET, Status.NO_EVIDENCE);
        assertThat(status("confidential-contact", "Guards stood by during every meeting of the Rapporteur, which made private talks"
                + " impossible.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aNegatedVerbIsNoNegatedConceptAndThroughoutTheVisitIsTime() {
        // The officer skipped the meetings; the meetings themselves were held, and privately.
        assertThat(status("confidential-contact", "The liaison officer did not attend her meetings with witnesses,"
                + " which took place without any official present.")).isIn(Status.PARTLY_MET, Status.MET);
        assertThat(status("confidential-contact", "No private meeting with the witnesses was possible for the"
                + " Rapporteur.")).isEqualTo(Status.NOT_MET);
        assertThat(evidence("freedom-of-movement", "Throughout the visit, the Rapporteur wore a badge issued by"
                + " the ministry.")).isEmpty();
        // "At all times" counts moments: the escorted trip shows movement in part only.
        assertThat(status("freedom-of-movement", "The Rapporteur was able to travel to the coast, with an escort at all"
                + " times.")).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void questionsFormerExpertsAndPromisesAreNoReports() {
        assertThat(evidence("detention-access", "Could the Rapporteur enter every jail she chose?")).isEmpty();
        assertThat(status("freedom-of-movement", "The former Rapporteur travelled freely throughout the country on his"
                + " 2011 mission.")).isEqualTo(Status.NO_EVIDENCE);
        assertThat(evidence("detention-access", "The Rapporteur was promised unhindered access to every jail.")).isEmpty();
        assertThat(status("detention-access", "The Rapporteur had unhindered access to every jail that she toured."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("freedom-of-movement", "Free travel across the provinces, as the Rapporteur asked, has yet to"
                + " be allowed.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // A negated subject negates the refusal: nothing was refused.
        assertThat(status("detention-access", "Not one request of the Rapporteur to enter a jail was refused."))
                .isNotEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The Rapporteur travelled freely in the capital, whereas in the"
                + " provinces police stopped her car.")).isNotEqualTo(Status.MET);
        assertThat(status("detention-access", "The Rapporteur was not given the chance to inspect any of the remand"
                + " prisons.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void officialsWhoInsistOnComingAlongSuperviseAndDoNotSpeak() {
        List<Evidence> found = evidence("confidential-contact", "Regional officials insisted on accompanying the"
                + " Rapporteur to each of her interviews.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.stance()).isEqualTo(Stance.CONTRADICTS);
            assertThat(e.qualifier()).isNotEqualTo("claim");
        });
    }

    @Test
    void counterfactualsAndNorms() {
        assertThat(evidence("detention-access", "Had the ministry allowed it, the expert would have inspected the"
                + " prisons of the north.")).isEmpty();
        assertThat(evidence("detention-access", "In theory, the expert may visit any prison unannounced.")).isEmpty();
        // A request told as a noun is a report: its refusal counts.
        assertThat(status("detention-access", "Two requests by the Rapporteur to visit the women's prison were turned"
                + " down.")).isEqualTo(Status.NOT_MET);
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

    @Test
    void howTheExpertTalkedToDetaineesIsNotWhetherSheGotIn() {
        // The negation reaches the manner ("without wardens nearby"), not the visit: she did speak to them.
        assertThat(evidence("detention-access", "The Rapporteur was never permitted to talk to inmates without"
                + " wardens nearby.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(evidence("detention-access", "In three district jails the commanders refused to leave the room"
                + " while the expert spoke with inmates.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("confidential-contact", "The Rapporteur was never permitted to talk to inmates without"
                + " wardens nearby.")).isEqualTo(Status.NOT_MET);
        // Without a word of manner the negated grant still denies access.
        assertThat(status("detention-access", "The Rapporteur was never permitted to talk to the inmates of the"
                + " northern jail.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void wordsThatDescribeAreNotEvents() {
        // "the arrested editor" names someone; it does not report an arrest for meeting the expert.
        assertThat(evidence("no-reprisals", "The expert asked twice before she could meet the arrested editor in"
                + " his cell.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("no-reprisals", "The editor was arrested the day after he met the expert."))
                .isEqualTo(Status.NOT_MET);
        // "high-security" describes the wing: the sentence is about detention, not about security arrangements.
        assertThat(evidence("security-not-prejudicial", "Despite the agreed programme, the Rapporteur was kept out of"
                + " the high-security block of the city jail.")).isEmpty();
        // "the detention of a blogger" is an act, not a place the expert entered.
        assertThat(evidence("detention-access", "The Rapporteur raised the detention of a blogger she had met during"
                + " her visit.")).isEmpty();
    }

    @Test
    void aDemandSilencesOnlyItsOwnPartOfTheSentence() {
        assertThat(status("no-reprisals", "The minister told the Rapporteur that nobody would be harmed for talking"
                + " to her; even so, a teacher she had interviewed was dismissed a week later.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "The expert calls on the authorities to release the teacher she"
                + " interviewed, who was dismissed after the visit.")).isEqualTo(Status.NO_EVIDENCE);
        // A list of demands is not split into reports.
        assertThat(evidence("detention-access", "The Rapporteur asks for the following: that she should visit every"
                + " prison; that guards stay outside.")).isEmpty();
    }

    @Test
    void topicsKindsAndRebuttalsAreNotEvents() {
        String intro = "The Special Rapporteur visited the country in May. ";
        // A subject of discussion, a kind condemned in general, an allegation rebutted: nothing happened to anyone.
        assertThat(evidence("no-reprisals", intro + "He raised the question of reprisals at a meeting with the"
                + " bar association.")).isEmpty();
        assertThat(evidence("no-reprisals", intro + "He deplored all forms of harassment and reprisal against"
                + " people who talk to United Nations experts.")).isEmpty();
        assertThat(evidence("detention-access", intro + "The ministry rejected the allegations concerning the"
                + " detainees held in the southern camp.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // "Punishment" as a word of the law, as in the Convention's title, is not a reprisal.
        assertThat(evidence("no-reprisals", intro + "He spoke with a nurse about the punishment of torture under"
                + " the new code.")).isEmpty();
        assertThat(status("no-reprisals", intro + "A nurse he interviewed was punished by her superiors for it."))
                .isEqualTo(Status.NOT_MET);
        // A police "lock-up" is a place; being "locked up" after an interview is a reprisal.
        assertThat(evidence("no-reprisals", intro + "He went to the police lock-up and interviewed detainees."))
                .isEmpty();
        assertThat(status("no-reprisals", intro + "A witness he interviewed was locked up the next day."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void otherPeoplesAccessAndFormerPrisoners() {
        String intro = "The Special Rapporteur visited the country in May. ";
        assertThat(evidence("detention-access", intro + "Women held there said they were denied access to their"
                + " children in detention.")).isEmpty();
        assertThat(evidence("detention-access", intro + "She interviewed former detainees in the capital."))
                .isEmpty();
        assertThat(evidence("confidential-contact", intro + "She also met private individuals and business"
                + " leaders.")).isEmpty();
        // An aside after another actor is that actor's doing.
        assertThat(evidence("detention-access", intro + "The national committee, after visiting several prisons"
                + " last year, published its findings.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "Throughout her research and country visits, the expert has"
                + " found the same pattern.")).isEmpty();
    }

    @Test
    void aDenialNounUnderNoSaysTheThingWasFree() {
        assertThat(status("freedom-of-movement", "The expert met no restrictions on her travel in the provinces."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", "The expert met no restrictions on her travel anywhere in the"
                + " country.")).isEqualTo(Status.MET);
        // A negated denial verb still proves nothing.
        assertThat(evidence("freedom-of-movement", "The expert was never refused entry to the provinces.")).isEmpty();
    }

    @Test
    void negationReachesAnInfinitiveAndItsConjuncts() {
        // "unable to" reaches the whole infinitive, and "and" carries the negation to the second adjective.
        assertThat(status("confidential-contact", "The delegation was unable to hold discreet and confidential"
                + " talks with several of the women held in the annex.")).isEqualTo(Status.NOT_MET);
        // The manner is what was denied: access to the annex is not contradicted.
        assertThat(evidence("detention-access", "The delegation was unable to hold discreet and confidential"
                + " talks with several of the women held in the annex.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // An adjective after "to" is no infinitive of purpose.
        assertThat(status("confidential-contact", "The expert was given entry to every jail and to confidential"
                + " talks with the inmates she picked.")).isNotEqualTo(Status.NO_EVIDENCE);
        assertThat(status("freedom-of-movement", "A new decree prevents the expert from moving freely in the"
                + " border districts.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void fearsDisputesTimeFramesAndOfficialTalksAreNotFindings() {
        String intro = "The Special Rapporteur visited the country in May. ";
        assertThat(evidence("no-reprisals", intro + "Several detainees she interviewed said they were afraid of"
                + " reprisals.")).isEmpty();
        assertThat(evidence("confidential-contact", "The expert called off the trip because of a dispute over"
                + " surprise inspections of jails and holding confidential talks with inmates.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "A secrecy law stops the expert from speaking freely to"
                + " workers during the visit.")).isEmpty();
        assertThat(evidence("confidential-contact", intro + "She held a private meeting with the Minister of"
                + " Justice.")).isEmpty();
    }

    @Test
    void reportsThatLookLikeNormsOrHedges() {
        // A norm reported as kept is a report; a list introduced by "such as" is a report too.
        assertThat(status("detention-access", "Owing to the wardens' compliance with her terms of reference, the"
                + " expert made unannounced visits to every jail in the country.")).isEqualTo(Status.MET);
        assertThat(status("detention-access", "The expert went to jails such as police cells"
                + " and two prisons.")).isEqualTo(Status.PARTLY_MET);
        // "I would like to thank" is courtesy, not a hedge: the grant stays whole.
        assertThat(evidence("detention-access", "I would like to thank the authorities for my unhindered access to"
                + " all places of detention.")).singleElement().satisfies(e -> assertThat(e.qualifier()).isEmpty());
        // The rules for visits are a norm, whatever they cover.
        assertThat(evidence("detention-access", "The expert said that this breaks the rules for jail visits that"
                + " apply everywhere.")).isEmpty();
    }

    @Test
    void refusalsInOtherWords() {
        assertThat(status("freedom-of-movement", "This year the expert was again not given access to the country."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The authorities remain opposed to granting the expert entry."))
                .isEqualTo(Status.NOT_MET);
        // Named by a pronoun only ("him"), the expert is still the one refused.
        assertThat(status("freedom-of-movement", "The Rapporteur flew in on Sunday. Border police refused him entry"
                + " and sent him back."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "The expert was not permitted to meet an imprisoned opposition"
                + " leader.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", "Citing security concerns, the army kept the expert out of"
                + " three districts she had planned to see.")).isEqualTo(Status.NOT_MET);
        // Others' access and a possible reprisal are not the expert's.
        assertThat(evidence("freedom-of-movement", "After the visit, the expert said suspects are denied access to"
                + " lawyers.")).isEmpty();
        assertThat(evidence("no-reprisals", "The delegation was worried that some people it met could face"
                + " reprisals.")).isEmpty();
    }

    @Test
    void throughoutNeedsATerritoryAndNormsOfDutyAreNoReports() {
        // Thanks for help "throughout the planning of the trip" say nothing about movement.
        assertThat(evidence("freedom-of-movement", "The expert thanked the foreign ministry for its support"
                + " throughout the planning of her visit.")).isEmpty();
        assertThat(status("freedom-of-movement", "The expert travelled freely throughout the country."))
                .isEqualTo(Status.MET);
        assertThat(evidence("freedom-of-movement", "The expert said it is incumbent on every State to allow access"
                + " to independent experts.")).isEmpty();
        // An infinitive of purpose before its object is still a plan: "invited to visit prisons".
        assertThat(evidence("detention-access", "The expert was invited to visit prisons in the north next"
                + " spring.")).isEmpty();
    }

    @Test
    void headlinesObligationsAndExpectations() {
        assertThat(status("freedom-of-movement", "After years of denial of access to the country, a UN expert"
                + " steps down.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The expert took office in 2019. All her requests for access have"
                + " been unsuccessful.")).isEqualTo(Status.NOT_MET);
        // An expectation and a list of obligations report nothing.
        assertThat(evidence("freedom-of-movement", "The expert accepted the post on the understanding that the"
                + " authorities would grant her access.")).isEmpty();
        assertThat(evidence("confidential-contact", "The expert recalled that the obligations of a host State cover"
                + " private interviews with anyone the visitors choose.")).isEmpty();
        // "with detained persons" describes whom she met; it reports no arrest.
        assertThat(evidence("no-reprisals", "The expert held interviews with detained persons in two"
                + " towns.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
    }

    @Test
    void aColonyIsAPlaceOfDetentionNotATrip() {
        assertThat(evidence("freedom-of-movement", "The expert could not, to her regret, visit the northern"
                + " colony properly.")).isEmpty();
        assertThat(status("detention-access", "The expert could not, to her regret, visit the northern"
                + " colony properly.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void choicesRequestsAndOtherAbilities() {
        // The expert's own choice is the guarantee itself; what she visited narrows it.
        assertThat(status("detention-access", "The expert had unannounced access to every jail she wished to see."))
                .isEqualTo(Status.MET);
        assertThat(status("detention-access", "The expert had unannounced access to every jail she toured."))
                .isEqualTo(Status.PARTLY_MET);
        // Asking for access grants nothing; being able to do something else grants nothing either.
        assertThat(evidence("freedom-of-movement", "The expert has asked the authorities for access to the"
                + " country.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "Without access to the country, the expert was able to collect"
                + " accounts from refugees.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        assertThat(status("freedom-of-movement", "The authorities have not let the expert into the country."))
                .isEqualTo(Status.NOT_MET);
        // "to document" is a verb here: the sentence is about entry, not about documents.
        assertThat(status("freedom-of-movement", "The authorities have refused the Rapporteur entry to the country to"
                + " document the abuses.")).isEqualTo(Status.NOT_MET);
        // A relative aside between a refusal and its object does not part them.
        assertThat(status("freedom-of-movement", "The government has not allowed the panel of experts, which the"
                + " Council set up in the spring of last year, to enter the country.")).isEqualTo(Status.NOT_MET);
        assertThat(evidence("confidential-contact", "It is my priority to speak with victims, the expert said."))
                .isEmpty();
    }

    @Test
    void whatTheMandateDoesAsARuleIsNoReport() {
        assertThat(evidence("detention-access", "The experts of the Council visit places of detention all over the"
                + " world.")).isEmpty();
        assertThat(evidence("detention-access", "The experts, all of them independent of any State, visit places of"
                + " detention in many countries.")).isEmpty();
        assertThat(evidence("detention-access", "The Rapporteur inspects jails unannounced to see how the law"
                + " is applied.")).isEmpty();
        // A noun and a past tense still report.
        assertThat(status("detention-access", "Her visits to two prisons in the capital went ahead."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "The experts visited places of detention in the capital."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void whoseAccessAndWhatAVisitDoes() {
        // A relative clause on someone else is theirs; one on the expert is hers.
        assertThat(evidence("freedom-of-movement", "The Rapporteur met migrants at the airport. Persons who had"
                + " been refused entry to the country were held there for days.")).isEmpty();
        assertThat(status("freedom-of-movement", "The Rapporteur, who was refused entry to the country, spoke from"
                + " a neighbouring capital.")).isEqualTo(Status.NOT_MET);
        // What a visit allows is something else; bodies that "carry out visits" do so as a rule.
        assertThat(evidence("freedom-of-movement", "Such visits allow the Rapporteur to hear victims directly."))
                .isEmpty();
        assertThat(evidence("detention-access", "The Rapporteur welcomed invitations to the mandates, many of which"
                + " carry out visits to prisons.")).isEmpty();
        // A participle that describes: "a shared record", "the prisoner interviewed by the Rapporteur".
        assertThat(evidence("documentary-access", "Silence erodes a shared record of the past, the Rapporteur said."))
                .isEmpty();
        assertThat(evidence("detention-access", "Neither the prisoner interviewed by the Rapporteur nor his"
                + " cellmates came to harm afterwards.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // "prevents him from" reaches what follows it, and "registered" groups are not a register.
        assertThat(evidence("documentary-access", "The word limit for documents prevents the Rapporteur from"
                + " describing every case.")).isEmpty();
        assertThat(evidence("documentary-access", "Registered and unregistered groups face restrictions on worship,"
                + " the Rapporteur said.")).isEmpty();
    }

    @Test
    void circumstancesAreNobodysRefusalAndPredicatesNegateTheirSubject() {
        assertThat(evidence("freedom-of-movement", "The Rapporteur could not travel to the north due to the security"
                + " situation.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("freedom-of-movement", "The authorities refused the Rapporteur entry to the north because of"
                + " the security situation.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The Rapporteur notes that she has yet to be allowed into the"
                + " territory.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "Unrestricted access to the prisons was not granted to the Rapporteur."))
                .isEqualTo(Status.NOT_MET);
        // Her visit had a predicate of its own: it took place.
        assertThat(evidence("detention-access", "Her visit to the women's prison last May was brief, since the"
                + " governor refused to let her stay longer.")).anyMatch(e -> e.stance() == Stance.SUPPORTS);
        // The items of a list of requested guarantees are requests too.
        assertThat(EXTRACTOR.extract(TestDocs.doc("doc.txt", "un", "Before a visit, the Government is asked to give the"
                + " Rapporteur these guarantees:\n\n  \u2022 freedom of movement throughout the country,\n\n"
                + "  \u2022 access to every prison and police cell,\n\n  \u2022 private talks with detainees, and\n\n"
                + "  \u2022 full access to official records.\n"))).isEmpty();
    }

    @Test
    void freedomEnjoyedListsApprovedByOthersEarlierVisitsAndPreconditions() {
        assertThat(status("freedom-of-movement", "The Working Group is grateful for the freedom of movement it"
                + " enjoyed, except in the eastern provinces.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", "The Rapporteur enjoyed full freedom of movement across the whole"
                + " country.")).isEqualTo(Status.MET);
        assertThat(evidence("freedom-of-movement", "Women in the north do not enjoy freedom of movement, the"
                + " Rapporteur said.")).isEmpty();
        // A list that someone else approved narrows "every prison".
        assertThat(status("detention-access", "The experts were allowed to visit every prison on the list approved by"
                + " the Ministry.")).isEqualTo(Status.PARTLY_MET);
        // An earlier visit is not this one; a precondition is a norm.
        assertThat(evidence("freedom-of-movement", "In her previous report, the Rapporteur noted that she had travelled"
                + " freely throughout the country she visited then.")).isEmpty();
        assertThat(evidence("detention-access", "Unhindered access to places of detention is a precondition for any"
                + " visit by the Rapporteur.")).isEmpty();
    }

    @Test
    void aNegatedSubjectReachesItsPredicateAndATrailingSpeakerTheWholeSentence() {
        assertThat(evidence("no-reprisals", "Nobody who met the Rapporteur has, as far as she knows, been harassed"
                + " since.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // "None" after a short opening phrase is a negated subject too.
        assertThat(status("no-reprisals", "As far as she knows, none of the witnesses she met has been threatened,"
                + " questioned by the police or sacked for talking to her.")).isIn(Status.PARTLY_MET, Status.NO_EVIDENCE);
        assertThat(status("no-reprisals", "No one who spoke to the Rapporteur was arrested; however, a doctor who met"
                + " the Rapporteur was arrested the next week.")).isEqualTo(Status.NOT_MET);
        // "not possible for X to" negates the infinitive, its manner included.
        assertThat(status("confidential-contact", "It was not possible for the Rapporteur to talk to any prisoner"
                + " without a warden present.")).isEqualTo(Status.NOT_MET);
        // What was promised "despite" which the opposite happened is no grant; a promise is the promiser's claim.
        assertThat(status("detention-access", "Despite being promised free access to every jail, the Rapporteur was"
                + " turned away at the gate of two of them.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "The Ministry assured the Rapporteur that she would have unrestricted"
                + " access to all jails.")).isEqualTo(Status.NO_EVIDENCE);
        // The state's words closing the sentence make all of it a claim.
        assertThat(status("confidential-contact", "Every talk with a detainee was held in private, the Ministry told"
                + " the Rapporteur.")).isNotIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void aMovementOfPeopleAndALimitOfTimeAreNotAboutTravel() {
        assertThat(evidence("freedom-of-movement", "The Rapporteur raised the case of a man sentenced for joining rebel"
                + " movements, but granted an amnesty later.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "The Rapporteur's country visits, each limited to a maximum of ten"
                + " days, are too short for the mandate.")).isEmpty();
        assertThat(status("freedom-of-movement", "The Rapporteur's movements were limited to the capital."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void namedExpertsTheStatesCooperationAndNormsInAnAside() {
        // The expert named by title in a relative clause is still the one who got in.
        assertThat(status("detention-access", "The Special Rapporteur ended her visit. Ms. Adeyemi, who was able to"
                + " make unannounced visits to all places of detention, found the cells crowded.")).isEqualTo(Status.MET);
        // The police's cooperation with the visit is not someone's cooperation with the expert; cooperation with
        // the UN's mechanisms in general is not with this visit.
        assertThat(evidence("no-reprisals", "The Rapporteur, thanks to the cooperation of the police, found detainees"
                + " locked up in dark cells.")).isEmpty();
        assertThat(evidence("no-reprisals", "The Rapporteur listed her concerns. Second, reprisals against people"
                + " cooperating with the UN human rights mechanisms.")).isEmpty();
        assertThat(status("no-reprisals", "A lawyer who cooperated with the Rapporteur was arrested the next day."))
                .isEqualTo(Status.NOT_MET);
        // A norm in a relative aside silences only the aside.
        assertThat(status("detention-access", "Full access to every jail, which the terms of reference guarantee, was"
                + " in practice refused to the Rapporteur.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void degreesAppearancesCommitmentsAndWhatWasPromised() {
        assertThat(status("detention-access", "Access to all jails, as agreed beforehand, was largely provided to the"
                + " Rapporteur.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "Unannounced visits by the Rapporteur to all jails were possible, save in"
                + " the border zone.")).isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("detention-access", "The Rapporteur welcomes the commitment to give her unrestricted access"
                + " to all jails during her next visit.")).isEmpty();
        assertThat(status("confidential-contact", "The Rapporteur met all the prisoners she wished to see in private, or so the"
                + " warden said.")).isNotEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "Ostensibly free to go anywhere, the Rapporteur was in fact trailed by"
                + " plain-clothes agents.")).isNotEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "The Rapporteur regrets that her freedom of movement was not fully"
                + " respected.")).isEqualTo(Status.NOT_MET);
        // What was promised is the promiser's claim up to the next comma; the rest is the report's.
        assertThat(status("detention-access", "Although the authorities had promised full cooperation, the Rapporteur"
                + " was kept out of two jails.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void accessToPeopleSheltersPandemicsAndKeptDecisions() {
        // Access to officials is contact, not movement; what a visit "allowed" in a relative clause is something else.
        assertThat(evidence("freedom-of-movement", "The Rapporteur thanks the Government for granting her access to all"
                + " the officials she asked to see.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "The Rapporteur praises the way the Government facilitated her"
                + " first visit in May, which allowed an open dialogue.")).isEmpty();
        // A camp for displaced people is shelter, not detention; "without close monitoring" keeps talks private.
        assertThat(evidence("detention-access", "The Rapporteur met displaced families in their camps.")).isEmpty();
        assertThat(status("confidential-contact", "The Rapporteur met villagers without close monitoring by"
                + " officials.")).isEqualTo(Status.PARTLY_MET);
        // A visit suspended "in view of" the pandemic is nobody's refusal.
        assertThat(evidence("freedom-of-movement", "The Subcommittee has suspended its visit in view of the spread of"
                + " the coronavirus.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // "maintained its decision" is no speech: the refusal after it is the report's.
        assertThat(status("freedom-of-movement", "The Government has maintained its decision to end its cooperation"
                + " with the Rapporteur, and refused her entry.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void invitationsWithdrawnExpertsSentAwayAndTheStatesDocuments() {
        assertThat(status("freedom-of-movement", "The Rapporteur's visit was called off at the last minute after the"
                + " authorities withdrew their invitation.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "Two days into the mission, the delegation was asked to leave the"
                + " country.")).isEqualTo(Status.NOT_MET);
        // Documents the state handed over count, in the active voice too; an NGO's lists do not.
        assertThat(status("documentary-access", "The Government provided the Rapporteur with all the files she asked"
                + " for, save for the court records.")).isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("documentary-access", "NGOs provided the Rapporteur with lists of detainees.")).isEmpty();
    }

    @Test
    void namesOfBodiesReportsOnReprisalsAndTheUnInGeneral() {
        // "Monitoring" in a body's name watches nobody; "speaking from" the capital is no talk with a witness.
        assertThat(evidence("confidential-contact", "The head of the Human Rights Monitoring Mission, speaking from the"
                + " capital, presented the report.")).isEmpty();
        // A report "on" reprisals, and cooperation with the UN in general, are no reprisal after this visit.
        assertThat(evidence("no-reprisals", "The Rapporteur presented the annual report on intimidation and"
                + " reprisals against those who cooperate with the United Nations.")).isEmpty();
        assertThat(status("no-reprisals", "A lawyer who had cooperated with the UN team during the visit was"
                + " arrested.")).isEqualTo(Status.NOT_MET);
        // "such access" is the access named before (here to jails), not access to the country.
        assertThat(evidence("freedom-of-movement", "The Rapporteur had access to the jails of the south. The rebels"
                + " never gave her such access, though she asked for it.")).isEmpty();
        // Confidential access to detainees is private contact.
        assertThat(status("confidential-contact", "The Rapporteur was given confidential access to detainees in two"
                + " prisons.")).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void mandatesPlansListTitlesAndJoinedInfinitives() {
        // What a body does under its mandate, and what it is scheduled to do, are no reports.
        assertThat(evidence("detention-access", "Under its mandate, the SPT carries out unannounced visits to all places"
                + " of detention.")).isEmpty();
        assertThat(evidence("detention-access", "The Rapporteur is scheduled to visit two prisons next week.")).isEmpty();
        assertThat(evidence("detention-access", "The mandate of the Rapporteur provides for unannounced visits to"
                + " every jail.")).isEmpty();
        // The title of a list says nothing of how the visits went.
        assertThat(evidence("detention-access", "Annex II. List of the jails the delegation went to"))
                .isEmpty();
        assertThat(evidence("detention-access", "b) List of the jails the delegation went to")).isEmpty();
        // An article is no item letter: this list was handed over.
        assertThat(status("documentary-access", "A list of detainees was given to the Rapporteur."))
                .isEqualTo(Status.PARTLY_MET);
        // "able to X and to Y": the second infinitive is reported too; the SPT is the expert.
        assertThat(status("detention-access", "The Rapporteur was able to meet several judges and to visit a women's"
                + " jail in the capital.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("confidential-contact", "The SPT visited police stations and prisons, where it held"
                + " confidential interviews with detainees.")).isIn(Status.PARTLY_MET, Status.MET);
        // A visit "when" something else happened is of what follows it; questioning a thing disputes it.
        assertThat(evidence("detention-access", "The SPT could not enter places of detention when it visited the"
                + " eastern districts.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        assertThat(evidence("no-reprisals", "The Government refused to cooperate with the SPT and questioned the"
                + " legitimacy of the treaty bodies.")).isEmpty();
    }

    @Test
    void othersPronounsServicesAndPublicSpeechAreNotTheVisit() {
        // "they" in the reported clause is the subject's, another actor's.
        assertThat(evidence("confidential-contact", "Relatives informed the Working Group that they had never been"
                + " able to talk to the prisoners in private.")).isEmpty();
        // Access to goods and services is people's, not the expert's getting in.
        assertThat(evidence("freedom-of-movement", "The Rapporteur found that fees still restrict access to basic"
                + " medicines for rural women.")).isEmpty();
        assertThat(status("freedom-of-movement", "The Rapporteur was refused access to the border districts."))
                .isEqualTo(Status.NOT_MET);
        // Speaking out is public speech, not a talk with the expert.
        assertThat(evidence("no-reprisals", "The Rapporteur heard that teachers were dismissed for speaking out"
                + " against the reform.")).isEmpty();
        assertThat(status("no-reprisals", "Teachers who spoke to the Rapporteur were dismissed a week later."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void followingIsTimeAndAContrastEndsReportedSpeech() {
        assertThat(evidence("security-not-prejudicial", "The Rapporteur met the farmers' union again the following"
                + " morning, without police officers.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("security-not-prejudicial", "Police officers followed the Rapporteur to every meeting."))
                .isEqualTo(Status.NOT_MET);
        // After ", but" the document speaks again; "but that" goes on with the speaker's words.
        assertThat(evidence("freedom-of-movement", "Officials told the Rapporteur she could travel wherever she liked,"
                + " but access to the mining region was blocked by the army.")).anyMatch(e ->
                e.stance() == Stance.CONTRADICTS && !e.qualifier().contains("claim"));
        assertThat(evidence("freedom-of-movement", "Officials told the Rapporteur the mining region was closed to her,"
                + " but that she could travel wherever else she liked.")).filteredOn(e -> e.stance() == Stance.SUPPORTS)
                .isNotEmpty().allMatch(e -> e.qualifier().contains("claim"));
    }

    @Test
    void interferenceDeniesAndItsNegationIsNoDenial() {
        assertThat(status("confidential-contact", "Soldiers interfered with the Rapporteur's talks with villagers."))
                .isEqualTo(Status.NOT_MET);
        assertThat(evidence("detention-access", "The wardens did not interfere with interviews of the Rapporteur in"
                + " the jail.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // "never" is one of the security condition's words for all of it, where it negates the denial.
        assertThat(status("security-not-prejudicial", "The police escort never interfered with the Rapporteur's"
                + " meetings.")).isEqualTo(Status.MET);
        assertThat(status("security-not-prejudicial", "The police escort did not interfere with the Rapporteur's"
                + " meetings.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("confidential-contact", "The Rapporteur spoke with the inmates while a warder stood within"
                + " earshot.")).isEqualTo(Status.NOT_MET);
        assertThat(status("documentary-access", "The Rapporteur received every file she asked for, except the"
                + " military court records.")).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void aWordForTheExpertInsideAnotherActorsNameIsThatActor() {
        assertThat(evidence("detention-access", "The national human rights commission visited nine prisons last year."))
                .isEmpty();
        assertThat(status("detention-access", "The commission of inquiry visited nine prisons last year."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void infinitivesNeedsMandatesAndServicesAreNoFindings() {
        // "to visit" after "since her request" is no span of time.
        assertThat(status("freedom-of-movement", "Since her request to visit the island was turned down, the"
                + " Rapporteur will meet its exiles abroad.")).isEqualTo(Status.NOT_MET);
        // A mandate "to monitor", and a page's "Listen to the interview", supervise nobody.
        assertThat(evidence("confidential-contact", "Pursuant to its mandate to monitor and report, the team began"
                + " interviewing families at the camp.")).isEmpty();
        assertThat(evidence("confidential-contact", "The Rapporteur spoke to reporters. Listen to the interview"))
                .isEmpty();
        assertThat(status("confidential-contact", "The Rapporteur interviewed the inmates while two officers"
                + " listened.")).isEqualTo(Status.NOT_MET);
        // "the need for" asks.
        assertThat(evidence("freedom-of-movement", "The Rapporteur stressed the need for free and unhindered access"
                + " to the northern districts.")).isEmpty();
        // Water and sanitation access is the prisoners'.
        assertThat(evidence("detention-access", "The Rapporteur's office helped to improve water and sanitation"
                + " access in the cells.")).isEmpty();
    }

    @Test
    void givingAccessEngagingWithAndAsidesOpenedByAs() {
        assertThat(status("freedom-of-movement", "Regrettably, the authorities did not give access to the mission of"
                + " the Rapporteur.")).isEqualTo(Status.NOT_MET);
        // "engaged in" is doing something, "engaged with" is contact.
        assertThat(evidence("no-reprisals", "The Rapporteur found that the militia had engaged in killings and"
                + " threats against farmers.")).isEmpty();
        assertThat(status("no-reprisals", "Villagers who engaged with the Rapporteur received threats afterwards."))
                .isEqualTo(Status.NOT_MET);
        // An aside opened by "as" does not part a denial from its concept.
        assertThat(status("freedom-of-movement", "My work was slowed by the unwillingness of the authorities, as the"
                + " power in control, to facilitate access to the enclave.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aMeetingBetweenOfficialsAndADenialOfServicesAreNotTheVisit() {
        assertThat(evidence("confidential-contact", "The Rapporteur's delegation waited while a private meeting"
                + " between the Secretary-General and the Minister took place.")).isEmpty();
        // Detainees denied medication: a service withheld from them.
        assertThat(evidence("detention-access", "The Rapporteur learned that inmates of the central jail were"
                + " denied medication for weeks.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(evidence("detention-access", "The Rapporteur found prisoners held without access to clean water."))
                .noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("freedom-of-movement", "The Rapporteur was denied entry and subjected to degrading treatment"
                + " at the airport.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aGrantNoLongerGivenOrFarFromGivenIsDeniedAndAnAgreementIsAPromise() {
        assertThat(status("documentary-access", "The Working Group read the custody registers at first. From the"
                + " fourth day it was no longer allowed to read the registers.")).isNotEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "Far from being unhindered, the Rapporteur's travel in the south"
                + " depended on permits issued each morning.")).isEqualTo(Status.NOT_MET);
        assertThat(evidence("freedom-of-movement", "The authorities have agreed to grant the Rapporteur unimpeded"
                + " access throughout the country.")).isEmpty();
        assertThat(evidence("detention-access", "Unannounced access to every jail is the cornerstone of the"
                + " Rapporteur's work.")).isEmpty();
    }

    @Test
    void aPartitiveThemCountsPlacesNotAnotherPerson() {
        assertThat(status("confidential-contact", "The Subcommittee toured the police stations of the capital. It"
                + " inspected six of them and talked with the detainees in private.")).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void anotherBodysItsDelegatesAndAPredecessorsVisitAreNotTheExperts() {
        assertThat(evidence("confidential-contact", "The ombudsman's office told the Working Group that its staff"
                + " interview detainees in private at every visit.")).isEmpty();
        assertThat(evidence("confidential-contact", "The Rapporteur met the Red Cross in Geneva. They said their"
                + " delegates talk with detainees without witnesses.")).isEmpty();
        assertThat(evidence("detention-access", "When my predecessor came in 2011, he was able to enter every"
                + " police station unannounced.")).isEmpty();
    }

    @Test
    void moreWordsForFreeMovementPrivateTalksAndFilesGivenOrWithheld() {
        assertThat(status("freedom-of-movement", "The Independent Expert was able to travel around the north at will."))
                .isEqualTo(Status.MET);
        assertThat(status("confidential-contact", "The Rapporteur had one-to-one conversations with the mayor's"
                + " critics.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("confidential-contact", "The Rapporteur talked with each of the women, with no wardens"
                + " present.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("documentary-access", "The police placed at her disposal every custody register she asked"
                + " for.")).isEqualTo(Status.MET);
        assertThat(status("documentary-access", "The Rapporteur was never supplied with the post-mortem reports on"
                + " the two deaths.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "At no time was the Rapporteur stopped from travelling wherever she"
                + " wished.")).isEqualTo(Status.MET);
        assertThat(evidence("freedom-of-movement", "The Rapporteur was not stopped from travelling wherever she"
                + " wished.")).isEmpty();
    }

    @Test
    void aBrokenPromiseInALeadingConcessiveClauseLeavesTheReportThatFollows() {
        assertThat(status("documentary-access", "Despite assurances that the Rapporteur would be able to consult the"
                + " custody registers, no files were made available to her during the visit.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void whatTheExpertAskedForAndGotIsAGrant() {
        // A request in a relative clause, or followed by "and", is no longer the request itself.
        assertThat(status("documentary-access", "Only some of the files the Rapporteur requested were handed over"
                + " to her.")).isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("documentary-access", "The Rapporteur requested to be given access to the registers."))
                .isEmpty();
        // Registers of a place are documents, not a visit to the place.
        assertThat(evidence("detention-access", "The Rapporteur had full access to the detention registers of every"
                + " police station.")).isEmpty();
        assertThat(status("documentary-access", "The Rapporteur had full access to the registers of every police"
                + " station.")).isEqualTo(Status.MET);
    }

    @Test
    void negationsThatReachTheMainClauseOnly() {
        // The negated subject's relative clause still happened: she did interview them.
        assertThat(evidence("detention-access", "Later calls showed that not one prisoner the Rapporteur talked to was"
                + " moved to another cell block.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // A refusal of none of the requests, and a denial noun under "without any".
        assertThat(status("detention-access", "The authorities did not refuse any of the Rapporteur's requests to"
                + " visit places of detention.")).isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "The Rapporteur travelled without any restriction.")).isEqualTo(Status.MET);
        // "without" governs the last alternative of its list too.
        assertThat(evidence("confidential-contact", "She interviewed the inmates without any warden or officer"
                + " present or within hearing.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
    }

    @Test
    void aPlanOrADemandInsideADescriptionLeavesTheReport() {
        assertThat(status("freedom-of-movement", "The mission was unable to reach the eastern district two days"
                + " before its planned trip.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", "Police officers followed the Rapporteur to the village where"
                + " farmers had agreed to meet her.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void anImposedEscortThatStaysAndWhatWitnessesToldTheExpert() {
        assertThat(status("security-not-prejudicial", "The governor required the Rapporteur's team to move only with"
                + " an armed escort.")).isEqualTo(Status.NOT_MET);
        assertThat(status("confidential-contact", "Two police officers remained present during the Rapporteur's"
                + " meetings with farmers.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "Three farmers were later questioned by the police about what they had"
                + " told the Rapporteur.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aNegatedDenialThatCoversEverything() {
        assertThat(status("documentary-access", "Not a single file the Rapporteur asked for was withheld."))
                .isEqualTo(Status.MET);
        assertThat(evidence("detention-access", "No prisoner was denied water, the Rapporteur was told.")).isEmpty();
        assertThat(status("freedom-of-movement", "The team's movement was not in any way impeded.")).isEqualTo(Status.MET);
        assertThat(status("security-not-prejudicial", "No police escort was imposed on the Rapporteur."))
                .isEqualTo(Status.MET);
        // Emphatic but with no word for all of it: met in part; and nothing about how private a talk was.
        assertThat(status("freedom-of-movement", "Not once was the Rapporteur hindered in her movements."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("confidential-contact", "At no point was the Rapporteur prevented from meeting"
                + " farmers.")).isEmpty();
    }

    @Test
    void participlesThatDescribeAndRefusalsByNeglect() {
        assertThat(evidence("no-reprisals", "In the jail the Rapporteur met two detained bloggers with no guard"
                + " present.")).isEmpty();
        assertThat(status("freedom-of-movement", "The Rapporteur travelled freely throughout the country, restricted"
                + " military zones included.")).isEqualTo(Status.MET);
        assertThat(status("documentary-access", "The prosecutors did not see fit to give the Rapporteur the case"
                + " files.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", "The Rapporteur's police escort kept its distance throughout."))
                .isIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void watchersAbsentDatesAndVisitsThatHadToBeAnnounced() {
        assertThat(status("confidential-contact", "No official sat in on any of the Rapporteur's interviews with"
                + " farmers.")).isEqualTo(Status.MET);
        // "May" the month is no hedge: the arrest happened.
        assertThat(status("no-reprisals", "Two farmers the Rapporteur met on 9 May were arrested the next day."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "The Rapporteur had to give 48 hours' notice before each visit to a"
                + " prison.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "From the second week the Rapporteur was no longer obliged to give"
                + " advance notice, and she entered every prison she chose unannounced.")).isEqualTo(Status.MET);
        assertThat(status("documentary-access", "The Rapporteur has still not received the lists of people held"
                + " in the camps.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void absencesLitotesAndTurningBack() {
        assertThat(status("security-not-prejudicial", "The absence of any security-related restriction let the"
                + " Rapporteur keep to her programme.")).isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "Her journey went ahead as planned, and she was able to travel"
                + " freely throughout the country.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", "The Rapporteur spoke with the inmates in every jail, with no"
                + " warden within earshot.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", "The Rapporteur said she had not once been refused a private"
                + " interview.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("security-not-prejudicial", "Citing security reasons, soldiers stopped the Rapporteur's car"
                + " at the entrance to the valley and turned it back.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void wentWhereSheWantedAndAVerbThatNegatesItself() {
        assertThat(status("freedom-of-movement", "Any obstacles? Honestly, none: the Rapporteur went where she"
                + " wanted, closed border villages included.")).isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "In her words, the Rapporteur was not impeded in any way in her"
                + " journeys.")).isEqualTo(Status.MET);
        assertThat(evidence("security-not-prejudicial", "Her police escort never tried to join her meetings and did"
                + " not impede her work.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
    }

    @Test
    void longSubjectsNegativeOpeningsAndNoExceptions() {
        // The subject of "took place in private" may be long.
        assertThat(evidence("confidential-contact", "Each talk the Rapporteur had with farmers, with traders and with"
                + " the families of the missing took place in private.")).anyMatch(e -> e.stance() == Stance.SUPPORTS);
        // "Nor was any request … turned down" denies nothing.
        assertThat(evidence("confidential-contact", "The Rapporteur met everyone she asked to see. Nor was any"
                + " request to meet a witness turned down.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // "without exception" is the opposite of an exception.
        assertThat(status("documentary-access", "The ministries furnished the Rapporteur, without exception, with all"
                + " the records she requested.")).isEqualTo(Status.MET);
        // Someone's detention is an act, not a place; it is a reprisal when they met the expert.
        assertThat(evidence("detention-access", "The Rapporteur protested at the detention of two farmers who had"
                + " met her.")).isEmpty();
        assertThat(status("no-reprisals", "The Rapporteur protested at the detention of two farmers who had met"
                + " her.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aVisitAsATimeAndADenialAroundAnAside() {
        assertThat(evidence("detention-access", "The Government has still not transmitted the statistics on pre-trial"
                + " detention that the Rapporteur asked for during the visit.")).isEmpty();
        assertThat(status("documentary-access", "The Government has still not transmitted the statistics on pre-trial"
                + " detention that the Rapporteur asked for during the visit.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The Rapporteur was unable, however, to travel to the islands."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "A lawyer who met the Rapporteur was later suspended from the bar."))
                .isEqualTo(Status.NOT_MET);
        assertThat(evidence("confidential-contact", "A lawyer who met the Rapporteur was later suspended from the"
                + " bar.")).isEmpty();
    }

    @Test
    void wordsOfMannerSayHowNotHowFar() {
        assertThat(status("detention-access", "The Rapporteur visited the central prison unannounced."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "The Rapporteur visited two prisons without prior notice."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", "The Rapporteur travelled freely to the capital."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "The Rapporteur visited all prisons unannounced.")).isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", "The Rapporteur travelled freely throughout the country."))
                .isEqualTo(Status.MET);
        // The others than some named before; an earlier mandate holder's visit; no difficulty is no negation.
        assertThat(status("detention-access", "It then visited seven other prisons unannounced.")).isNotEqualTo(Status.MET);
        assertThat(evidence("confidential-contact", "During the previous mandate holder's visit, officials sat in on"
                + " every meeting with the Rapporteur.")).isEmpty();
        assertThat(status("documentary-access", "The Rapporteur had no difficulty in obtaining the custody"
                + " registers.")).isNotEqualTo(Status.NOT_MET);
    }

    @Test
    void aListDoesNotEndANegationAndAPredecessorIsAnEarlierVisit() {
        assertThat(status("detention-access", "No request to visit a prison, a camp or a police cell was refused to the"
                + " Rapporteur.")).isEqualTo(Status.MET);
        assertThat(evidence("detention-access", "As the Rapporteur recalled, her predecessor's request for a visit"
                + " to the island's jail was turned down.")).isEmpty();
        // A clause after ", and" is a statement of its own.
        assertThat(status("security-not-prejudicial", "At no time did security concerns limit the Rapporteur's work,"
                + " and police officers never accompanied her into any jail.")).isEqualTo(Status.MET);
    }

    @Test
    void anEscortThatLimitedNothingAndOneThatAlwaysCame() {
        assertThat(status("security-not-prejudicial", "The police escort assigned to the Rapporteur in no way limited"
                + " where she went.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("security-not-prejudicial", "Citing security reasons, the governor insisted that soldiers"
                + " accompany the Rapporteur at all times.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", "The Rapporteur's security arrangements were never used to limit"
                + " her programme.")).isIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void reprisalsTheRulesHadNoWordsFor() {
        assertThat(status("no-reprisals", "Since then, the Rapporteur has learned that a farmer she met was arrested."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "The Rapporteur has learned that the mother of a prisoner interviewed at the"
                + " jail was summoned by the State Security Committee.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "A teacher who had briefed the Rapporteur was detained the next day."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "Two prisoners the Rapporteur interviewed were later put in a punishment"
                + " cell.")).isEqualTo(Status.NOT_MET);
        // A brief mention is no briefing.
        assertThat(evidence("no-reprisals", "The Rapporteur made a brief mention of activists being penalised."))
                .isEmpty();
    }

    @Test
    void aLongSubjectOfAPassiveAndAStateCommittee() {
        assertThat(status("documentary-access", "The Rapporteur noted that the licence files of the State Committee on"
                + " broadcasting and the press were not made available to her.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void requestsForListsOfPlacesAndRequestsMet() {
        assertThat(status("documentary-access", "The Ministry did not respond to the Rapporteur's letters seeking a"
                + " list of places where suspects are held.")).isEqualTo(Status.NOT_MET);
        assertThat(evidence("documentary-access", "The Rapporteur's requests for statistics were met in full."))
                .anyMatch(e -> e.stance() == Stance.SUPPORTS);
    }

    @Test
    void comparisonWithAnotherVisitSaysNothingOfThisOne() {
        String text = "Unlike during her mission to Kyrgyzstan, where she entered every jail without notice, the"
                + " Rapporteur was made to wait at the gate of each prison here.";
        assertThat(evidence("detention-access", text)).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        assertThat(status("detention-access", text)).isEqualTo(Status.NOT_MET);
    }

    @Test
    void noOverseerPresentIsPrivacy() {
        String intro = "The Rapporteur toured the region. ";
        assertThat(status("confidential-contact", intro + "No prison official was present during her talks with the"
                + " inmates and their lawyers.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", intro + "At no time was a police officer present during her"
                + " meetings with victims.")).isEqualTo(Status.MET);
        assertThat(evidence("confidential-contact", intro + "She talked to the women without any warder within"
                + " hearing.")).anyMatch(e -> e.stance() == Stance.SUPPORTS);
        assertThat(status("confidential-contact", intro + "The governor insisted that a warder remain in the room"
                + " during each interview.")).isEqualTo(Status.NOT_MET);
        // A negated subject reaches over an aside that names some of it.
        assertThat(status("confidential-contact", intro + "Prison staff were present during her interviews."))
                .isEqualTo(Status.NOT_MET);
        assertThat(evidence("confidential-contact", intro + "She asked for assurances that no officials, including"
                + " prison staff, are present during interviews.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
    }

    @Test
    void aPlaceThatIsUsuallyClosedAndADoubleNegative() {
        String intro = "The Rapporteur toured the region. ";
        assertThat(evidence("freedom-of-movement", intro + "She went to the mountain district, which is normally"
                + " closed to outsiders.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("confidential-contact", intro + "At no point was the Rapporteur unable to speak privately"
                + " with the detainees.")).isIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void theItemsOfADemandAndTheMovementOfGoods() {
        assertThat(evidence("detention-access", "The Committee recalled that host States must guarantee free"
                + " movement in the whole country; access to every prison and police station; and private contact"
                + " with witnesses.")).isEmpty();
        assertThat(evidence("detention-access", "The Committee recalled that a host State must make sure that the"
                + " expert can travel anywhere; that she can enter any jail unannounced; and that she can read every"
                + " file.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "The expert discussed the free movement of capital and goods"
                + " across borders.")).isEmpty();
        assertThat(evidence("confidential-contact", "During his visit to the neighbouring Republic of Lorvania in"
                + " 2021 the expert met detainees in private.")).isEmpty();
    }

    @Test
    void aWordForAllOfItInAnotherStatement() {
        assertThat(status("detention-access", "The delegation could travel without restriction, and had visited"
                + " places of detention in the capital and in the north.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", "The delegation was refused entry to the holding centre at the"
                + " airport.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", "The delegation visited every place of deprivation of liberty it"
                + " chose, without notice.")).isEqualTo(Status.MET);
    }

    @Test
    void anEscortThatKeptItsDistance() {
        String intro = "The Rapporteur toured the region. ";
        assertThat(status("security-not-prejudicial", intro + "The police escort waited outside the buildings during"
                + " all of her meetings.")).isEqualTo(Status.MET);
        // "kept a distance from the sites" is the escort's manner, not a denial of travel; and a later grant that
        // shows all of it ("did not attend any") is the one that counts.
        String distance = intro + "The escort kept a respectful distance from the sites and did not attend any of"
                + " her conversations.";
        assertThat(evidence("freedom-of-movement", distance)).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        assertThat(status("security-not-prejudicial", distance)).isEqualTo(Status.MET);
    }

    @Test
    void followUpsThatFoundNobodyHarmed() {
        assertThat(status("no-reprisals", INTRO + "She is glad to say that none of the people she met has suffered"
                + " any reprisal.")).isEqualTo(Status.MET);
        assertThat(status("no-reprisals", INTRO + "No witness she interviewed suffered reprisals, as her later"
                + " calls to each of them showed.")).isEqualTo(Status.MET);
        // As far as someone knows, or so far: in part.
        assertThat(status("no-reprisals", INTRO + "She has had no reports that anyone who spoke to her was"
                + " harassed.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("no-reprisals", INTRO + "So far none of the lawyers she met has been punished."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("no-reprisals", INTRO + "The detainees she met were found unharmed; whether the activists"
                + " she met were punished could not yet be verified.")).isNotEqualTo(Status.MET);
        // A promise, and a verb that negates the harm itself, report no such thing.
        assertThat(status("no-reprisals", INTRO + "She trusts that none of those she met will suffer any reprisal."))
                .isEqualTo(Status.NO_EVIDENCE);
        assertThat(status("no-reprisals", INTRO + "Not one of the lawyers she met was spared reprisals."))
                .isNotEqualTo(Status.MET);
    }

    @Test
    void notAllOfTheDocumentsAndOtherWordsForThem() {
        assertThat(status("documentary-access", INTRO + "She noted that not all of the information she had asked"
                + " for had been made available.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("documentary-access", INTRO + "The court decisions and case law she sought were put at her"
                + " disposal without exception.")).isEqualTo(Status.MET);
        // A ruling handed down is not a document handed over.
        assertThat(evidence("documentary-access", INTRO + "She asked for all judgments handed down by the military"
                + " courts since 2020.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
    }

    @Test
    void anExceptionLeavesSomethingOut() {
        // The exception is a denial in part, even beside a sentence that shows the rest in full.
        assertThat(status("confidential-contact", INTRO + "She spoke privately with all but one of the inmates she"
                + " had chosen. All her meetings with victims and lawyers were held without any official present."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void everyFacilityIncludingAPrisonAndAPlaceNotUsuallyOpen() {
        assertThat(status("detention-access", INTRO + "She could visit, without prior notice, every facility she"
                + " asked to see, including the main women's prison.")).isEqualTo(Status.MET);
        assertThat(evidence("detention-access", INTRO + "She went wherever she wished, the island camps included,"
                + " which are not usually accessible to visitors.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // A predecessor named in an opening comparison is not this sentence's subject.
        assertThat(status("detention-access", "Unlike in 2012, when my predecessor was turned away from the"
                + " intelligence headquarters, I was this time given access to every place of detention I chose."))
                .isEqualTo(Status.MET);
    }

    @Test
    void reprisalsInOtherWordsAndWhatTheExpertDoesHerself() {
        assertThat(status("no-reprisals", INTRO + "Two inmates who had talked to her were then placed in"
                + " disciplinary isolation.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", INTRO + "Some of those she interviewed said that officials had warned"
                + " them not to speak to the United Nations.")).isEqualTo(Status.NOT_MET);
        // The end of the visit is a time, not a visit to a place of detention.
        assertThat(evidence("detention-access", INTRO + "After the conclusion of its visit, two detainees were"
                + " moved to another wing.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // The expert who monitors or records restricts nobody; officers who do, do.
        assertThat(evidence("confidential-contact", INTRO + "Since then, the Rapporteur has monitored the situation"
                + " of those who met her.")).isEmpty();
        assertThat(status("confidential-contact", INTRO + "The Rapporteur said officers monitored her meetings."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void securityGivenAsTheGroundOfARefusal() {
        assertThat(status("security-not-prejudicial", INTRO + "Citing security concerns, the governor did not allow"
                + " her to go to the mining district.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "For reasons of security she could not travel to the"
                + " islands.")).isEqualTo(Status.NOT_MET);
        // The country's security situation putting off a whole visit is no security arrangement.
        assertThat(status("security-not-prejudicial", "The visit of the Rapporteur was postponed owing to the"
                + " security situation.")).isEqualTo(Status.NO_EVIDENCE);
    }

    @Test
    void whatWasAskedForAndMeetingsThatWereOnlySome() {
        // The subjunctive after "that" says what was asked for.
        assertThat(evidence("confidential-contact", INTRO + "Her request that she be allowed to meet detainees"
                + " without guards present has not been answered.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // "all my other meetings", "all of my subsequent meetings": some of them, however whole.
        assertThat(status("confidential-contact", INTRO + "All of her subsequent meetings were held in private."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("confidential-contact", INTRO + "All her other meetings were held in private."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", INTRO + "She reached every province she chose, although her car was"
                + " stopped at four checkpoints on the way.")).isNotEqualTo(Status.MET);
        // A hospital ward is not a journey.
        assertThat(evidence("freedom-of-movement", INTRO + "She was given access to every ward she asked to see."))
                .isEmpty();
    }

    @Test
    void aFirstVisitYearsAgoAndPlacesSecurityDescribes() {
        String intro = "The Working Group visited the country in May. ";
        assertThat(evidence("detention-access", intro + "During its first visit, in 2011, the Working Group had been"
                + " refused entry to the military prison.")).isEmpty();
        assertThat(evidence("security-not-prejudicial", intro + "It was refused entry to the State Security prison."))
                .isEmpty();
        assertThat(evidence("freedom-of-movement", "The expert warned that restrictions on the movement of"
                + " pastoralists are driving hunger.")).isEmpty();
    }

    @Test
    void documentsAcrossAnAsideAndAPronoun() {
        assertThat(status("documentary-access", INTRO + "The registers she had requested were provided in full."))
                .isEqualTo(Status.MET);
        assertThat(status("documentary-access", INTRO + "The autopsy reports, which she requested in writing a month"
                + " before her arrival, have not been provided.")).isEqualTo(Status.NOT_MET);
        // A request is still no grant.
        assertThat(evidence("documentary-access", INTRO + "She requested to be provided with the registers."))
                .noneMatch(e -> e.stance() == Stance.SUPPORTS);
    }

    @Test
    void aPronounStandsForTheConceptOfTheSentenceBefore() {
        String asked = INTRO + "She asked the ministry for the admission registers of three prisons. ";
        List<Evidence> found = evidence("documentary-access", asked + "So far she has received only one of them, and"
                + " she urges the ministry to send the others.");
        assertThat(found).extracting(Evidence::stance).containsExactly(Stance.SUPPORTS);
        // The quote shows what the pronoun stands for.
        assertThat(found.get(0).quote()).startsWith("She asked the ministry").contains("only one of them");
        assertThat(status("documentary-access", asked + "None of it had reached her when she left."))
                .isEqualTo(Status.NOT_MET);
        // Not a report: a gerund that names the act, a counterfactual.
        assertThat(evidence("documentary-access", asked + "Sending them before the visit was the first test of good"
                + " faith.")).isEmpty();
        assertThat(evidence("documentary-access", asked + "The ministry would have shared them had it been asked"
                + " earlier.")).isEmpty();
        // "it" does not stand for the officers.
        assertThat(evidence("security-not-prejudicial", INTRO + "A woman she met was later visited by intelligence"
                + " officers. The Rapporteur regards it as intimidation.")).isEmpty();
    }

    @Test
    void aNegatedSubjectAfterAndOrAcrossAHedge() {
        assertThat(status("confidential-contact", INTRO + "She met many people, and not one of her requests for a"
                + " private talk was turned down.")).isEqualTo(Status.MET);
        assertThat(evidence("confidential-contact", INTRO + "She held forty meetings, and none of the meetings, as far"
                + " as she knows, was monitored.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // A negated report of a negated grant: the two cancel out.
        assertThat(status("confidential-contact", INTRO + "It cannot be said that she was ever unable to talk in"
                + " private with inmates.")).isNotEqualTo(Status.NOT_MET);
    }

    @Test
    void aDenialThatTellsTheExceptionDeniesAPart() {
        assertThat(status("freedom-of-movement", INTRO + "She travelled freely across the country, save for the"
                + " eastern district, to which the army denied her access.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("confidential-contact", INTRO + "With one exception, she talked with inmates out of the"
                + " sight of guards. The exception was the women's prison, where a guard remained within earshot"
                + " throughout.")).isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void aVisitOfferedAnEarlierOneAndContactAbroad() {
        assertThat(evidence("detention-access", "The Rapporteur remains ready to travel to the country, including to"
                + " its prisons.")).isEmpty();
        assertThat(evidence("detention-access", "The Working Group visited in May. It last visited the country in"
                + " 2009, when it could not enter the military prison.")).isEmpty();
        assertThat(evidence("confidential-contact", "The Rapporteur was not invited. Her report rests on interviews"
                + " held in neighbouring States. All interviews were held in private.")).isEmpty();
        // A place that is closed as a rule, which she reached.
        assertThat(status("freedom-of-movement", "The Rapporteur was able to travel to the border region, to which"
                + " access is restricted by decree.")).isNotEqualTo(Status.NOT_MET);
    }

    @Test
    void moreWordsForPlacesItineraryPrivacyAndSurveillance() {
        assertThat(status("detention-access", INTRO + "She inspected every place where people are held in the"
                + " province.")).isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", INTRO + "At no stage was any part of her itinerary called into"
                + " question.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", INTRO + "She saw most of her interlocutors away from any"
                + " official.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("no-reprisals", INTRO + "Two people she had interviewed were taken in for questioning"
                + " the next day.")).isEqualTo(Status.NOT_MET);
        assertThat(status("documentary-access", INTRO + "The police did not show her the custody registers."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "Her police escort recorded the names of everyone"
                + " she met.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "The escort at no time interfered with her"
                + " work.")).isNotEqualTo(Status.NOT_MET);
    }

    @Test
    void harmToSomeoneDescribedByTheirContactWithTheExpert() {
        String intro = "The Working Group visited the country in May. ";
        assertThat(status("no-reprisals", intro + "Ana Ruiz, a teacher who met the Working Group in the capital during"
                + " the second week of its visit, was dismissed.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", intro + "Three days after talking to the experts, the head of the farmers'"
                + " union was arrested.")).isEqualTo(Status.NOT_MET);
        // The harm came before, and is what the person told.
        assertThat(evidence("no-reprisals", intro + "Ana Ruiz, a teacher who was arrested in 2019 for her union work,"
                + " met the Working Group.")).isEmpty();
    }

    @Test
    void aPredicateAfterAnAsideOrAnOpeningPhraseAndAConcession() {
        assertThat(status("confidential-contact", INTRO + "The meetings she held with activists were, in her words,"
                + " never truly private.")).isEqualTo(Status.NOT_MET);
        assertThat(status("confidential-contact", INTRO + "In the capital, the meetings she held with activists were"
                + " never truly private.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "Plain-clothes men photographed her visitors, even though"
                + " she had been told that the escort would be discreet.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "Officers of the protection unit went with her. At her"
                + " request, they stayed outside during each of her meetings.")).isEqualTo(Status.MET);
    }

    @Test
    void alternativesDoNotDoubtAndFloodsAreNobodysRefusal() {
        assertThat(status("confidential-contact", INTRO + "No official sat in on any of her talks with displaced"
                + " people, whether in the camps or in the towns.")).isEqualTo(Status.MET);
        assertThat(evidence("freedom-of-movement", INTRO + "She was unable to travel to the south because flooding had"
                + " cut the roads.")).isEmpty();
        assertThat(status("security-not-prejudicial", INTRO + "The police protection assigned to her never compromised"
                + " the confidentiality of her meetings.")).isIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void whatALongSubjectOrAllOfWhichIsSaidOf() {
        assertThat(status("confidential-contact", INTRO + "The talks between the Rapporteur and the inmates of the"
                + " northern women's prison took place in the presence of a guard.")).isEqualTo(Status.NOT_MET);
        assertThat(status("confidential-contact", INTRO + "She held meetings with judges, teachers, farmers and the"
                + " relatives of missing fishermen, all of which took place without officials present."))
                .isEqualTo(Status.MET);
        assertThat(status("detention-access", INTRO + "Her request to see the police cells of the port, where"
                + " lawyers say people are held for weeks, was not granted.")).isEqualTo(Status.NOT_MET);
        assertThat(status("confidential-contact", INTRO + "She exchanged words with some inmates in the presence of"
                + " the governor.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void movementAsSheWishedAndARefusalToAuthorise() {
        assertThat(status("freedom-of-movement", INTRO + "She travelled as she wished, by road and by air."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", INTRO + "The authorities did not authorise her to go to the"
                + " eastern districts.")).isEqualTo(Status.NOT_MET);
        // A word for all of it, then the exception: the refusal is of a part (and so is the journey).
        assertThat(evidence("freedom-of-movement", INTRO + "She went to every province, with one exception: the"
                + " army did not authorise her to go to the coast.")).extracting(Evidence::qualifier)
                .containsOnly("partial");
        assertThat(status("detention-access", INTRO + "She called at nine places where people are held."))
                .isEqualTo(Status.PARTLY_MET);
    }

    @Test
    void whoseAsideFamiliesOfDetaineesAndCompletePrivacy() {
        String said = INTRO + "The local groups, none of whose members went with her, said she had met the families"
                + " of detainees in complete privacy.";
        assertThat(status("confidential-contact", said)).isEqualTo(Status.PARTLY_MET);
        // Meeting the families of detainees is no visit to a prison.
        assertThat(evidence("detention-access", said)).isEmpty();
    }

    @Test
    void reprisalsInOneClauseThreatsWithTheirConditionsAndFollowUps() {
        assertThat(status("no-reprisals", INTRO + "Two women who spoke to the Rapporteur in the camp had since been"
                + " visited at night by plain-clothes officers and warned that their rations would be cut if they"
                + " talked to foreigners again.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", INTRO + "A lawyer who showed the delegation around the court has been"
                + " struck off.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", "A year on, the Rapporteur is still in touch with the people she had met"
                + " in the capital. None of them has reported intimidation of any kind.")).isEqualTo(Status.MET);
    }

    @Test
    void theMonthOfMayIsNoModal() {
        String intro = "The Rapporteur visited the country in March. ";
        assertThat(status("no-reprisals", intro + "In May, none of those she met had suffered any reprisal."))
                .isEqualTo(Status.MET);
        assertThat(evidence("no-reprisals", intro + "She hopes none of those she met will suffer any reprisal."))
                .isEmpty();
    }

    @Test
    void whereasAnotherVisitHerOwnSuspensionAndAPredecessor() {
        // Only the clause after the comparison is this visit's.
        assertThat(status("confidential-contact", INTRO + "Whereas in the north she had been able to speak privately"
                + " with every detainee, in the south the governor insisted on a guard being present at each"
                + " interview.")).isEqualTo(Status.NOT_MET);
        // What she does to her own visit is no one's denial; what the authorities do is.
        assertThat(evidence("detention-access", INTRO + "The Rapporteur therefore suspended her visits to prisons, in"
                + " protest.")).isEmpty();
        assertThat(status("detention-access", INTRO + "Her visit to the prison was suspended by the governor."))
                .isEqualTo(Status.NOT_MET);
        assertThat(evidence("freedom-of-movement", "The Council appointed her Special Rapporteur, succeeding a mandate"
                + " holder who was never granted access to the country.")).isEmpty();
    }

    @Test
    void whatTheWatchersDemandedIsAnAct() {
        assertThat(status("security-not-prejudicial", INTRO + "Officers of her escort sat in the hall and, twice,"
                + " demanded the names of those who came to see her.")).isEqualTo(Status.NOT_MET);
        // What the expert demanded is still a demand, and grants nothing.
        assertThat(evidence("detention-access", INTRO + "The Rapporteur demanded access to all prisons.")).isEmpty();
    }

    @Test
    void theReachOfTheNewReadingsEndsAtAContrastOrAClause() {
        // A refusal of someone else's request after "whereas" does not contradict the grant before it.
        assertThat(evidence("detention-access", INTRO + "Access to the prisons in the capital was granted without"
                + " delay, whereas the request of a local group to join the delegation was refused."))
                .noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // A comparison with "whereas" reaches its "that" clause too.
        assertThat(evidence("detention-access", INTRO + "Whereas in the north she was told that every prison was open"
                + " to her, in the south she was refused entry to the prison.")).extracting(Evidence::stance)
                .containsExactly(Stance.CONTRADICTS);
        // A counterfactual that opens the sentence.
        assertThat(evidence("documentary-access", INTRO + "She asked for the registers. If the authorities had"
                + " released them in time, she could have checked them.")).isEmpty();
        // "threatened" without what the threat said does not excuse a demand.
        assertThat(evidence("no-reprisals", INTRO + "Witnesses who were threatened after meeting the Rapporteur"
                + " should be granted protection.")).isEmpty();
    }

    @Test
    void aCueReachesFurtherInsideItsOwnClause() {
        // Subject and predicate ten words apart, with nothing but the subject's own description between them.
        assertThat(status("security-not-prejudicial", INTRO + "A small escort supplied by the regional police at the"
                + " request of her office never obstructed any of her meetings.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", INTRO + "Minders sent by the governor's office"
                + " accompanied her to all village meetings.")).isEqualTo(Status.NOT_MET);
        // Another actor or an open question between them: the cue is theirs.
        assertThat(evidence("freedom-of-movement", INTRO + "The witness declined to say whether he thought the"
                + " summons was linked to the visit.")).isEmpty();
        assertThat(evidence("freedom-of-movement", INTRO + "A teacher who guided the visiting experts had his"
                + " licence to teach at the district school suspended.")).isEmpty();
        // Across a clause break the old reach still holds.
        assertThat(evidence("security-not-prejudicial", INTRO + "The police escort was polite, but the tour of the"
                + " northern villages was cut short.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
    }

    @Test
    void aMeetingNobodyRefusedSaysNothingOfPrivacy() {
        assertThat(evidence("confidential-contact", INTRO + "No request to meet a detainee was turned down."))
                .isEmpty();
        assertThat(evidence("confidential-contact", INTRO + "At no point was she stopped from going where she"
                + " wished, and she met all the detainees.")).isEmpty();
        // With a word for privacy it does.
        assertThat(status("confidential-contact", INTRO + "At no time was she prevented from speaking in private"
                + " with any detainee she chose.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", INTRO + "No official sat in on any of her interviews."))
                .isEqualTo(Status.MET);
    }

    @Test
    void aDefiniteNounNamesAgainTheConceptOfTheSentenceBefore() {
        assertThat(status("security-not-prejudicial", INTRO + "The ministry assigned a police escort to her."
                + " The officers waited outside every venue.")).isEqualTo(Status.MET);
        assertThat(status("detention-access", INTRO + "She had asked to see the women's prison in the south."
                + " Entry to the facility was refused.")).isEqualTo(Status.NOT_MET);
        // The quote holds both sentences, so the reader sees who "the officers" are.
        assertThat(evidence("security-not-prejudicial", INTRO + "The ministry assigned a police escort to her."
                + " The officers waited outside every venue.")).extracting(Evidence::quote)
                .allMatch(q -> q.contains("police escort") && q.contains("waited outside"));
        // Without the concept in the sentence before, the noun is anyone's.
        assertThat(evidence("security-not-prejudicial", INTRO + "She met the governor."
                + " The officers waited outside every venue.")).isEmpty();
        assertThat(evidence("detention-access", INTRO + "She went to the coast. Entry to the facility was refused."))
                .isEmpty();
    }

    @Test
    void aContractionIsANegationAndAnOfficialsQuoteIsAClaim() {
        assertThat(status("security-not-prejudicial", INTRO + "The escort didn't interfere with any of her"
                + " meetings.")).isEqualTo(Status.MET);
        assertThat(status("detention-access", INTRO + "She couldn't enter the military prison."))
                .isEqualTo(Status.NOT_MET);
        // What a spokesman for the governor says of the escort is the State's claim, not the document's finding.
        assertThat(status("security-not-prejudicial", INTRO + "\"The escort did not interfere with any of her"
                + " meetings,\" a spokesman for the governor said.")).isEqualTo(Status.NO_EVIDENCE);
        assertThat(status("security-not-prejudicial", INTRO + "\"The escort did not interfere with any of her"
                + " meetings,\" a senior official said.")).isEqualTo(Status.NO_EVIDENCE);
    }

    @Test
    void aHarmNamedAsANounBefellThePersonOfItsOf() {
        assertThat(status("no-reprisals", INTRO + "She was alarmed by the arrest of two lawyers who had met her."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", INTRO + "The network deplores the dismissal on 3 July of the teacher Ana"
                + " Ruiz, who, with two colleagues, had spoken to the Rapporteur in the capital."))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void aJourneyToAllOfThePlacesGrantsMovement() {
        assertThat(status("freedom-of-movement", INTRO + "Her team travelled to all six provinces, the closed"
                + " mountain district included.")).isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", INTRO + "With the ministry's help she went to every district on"
                + " her list.")).isEqualTo(Status.MET);
        // A journey asked for, or the places of a meeting, are no journey made.
        assertThat(evidence("freedom-of-movement", INTRO + "Free access to all districts has yet to be granted."))
                .noneMatch(e -> e.stance() == Stance.SUPPORTS);
        assertThat(evidence("freedom-of-movement", INTRO + "She went to every meeting in the capital.")).isEmpty();
    }

    @Test
    void aCueReachesOverAnAsideOfTimeOrManner() {
        assertThat(status("documentary-access", INTRO + "The ministry handed over, ahead of her arrival and without"
                + " any delay, all the court files on the case.")).isEqualTo(Status.MET);
        // An aside that is a clause of its own is no aside of time or manner.
        assertThat(evidence("documentary-access", INTRO + "The ministry handed over, she said, some of the files she"
                + " had listed.")).noneMatch(e -> e.qualifier().isEmpty());
    }

    @Test
    void talksNobodyPreventedShowThePlacesOfDetentionOnlyInPart() {
        assertThat(status("detention-access", INTRO + "At no time was she stopped from talking in private with any"
                + " prisoner she picked.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", INTRO + "At no point was she refused entry to any jail."))
                .isEqualTo(Status.MET);
    }

    @Test
    void theNewReadingsStopWhereTheReviewFoundThem() {
        // A journey owned but not made, limited after its places, or negated grants nothing whole.
        assertThat(evidence("freedom-of-movement", INTRO + "Her trip to all districts needed the army's approval."))
                .isEmpty();
        assertThat(status("freedom-of-movement", INTRO + "The team travelled to all the districts that the army had"
                + " cleared.")).isNotEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", INTRO + "She travelled to all the towns of the coastal district."))
                .isNotEqualTo(Status.MET);
        // The reach inside a clause stops at "and" before a new subject.
        assertThat(evidence("security-not-prejudicial", INTRO + "Security in the port stayed tight all week and the"
                + " harbour master never interfered in any of the fishing disputes.")).isEmpty();
        // "the police" after a sentence on security forces is not the escort.
        assertThat(evidence("security-not-prejudicial", "The Rapporteur met families of people shot by the security"
                + " forces. The police never interfered with any of the marches.")).isEmpty();
        // A minister's quote with "to reporters" after the name is still the minister's claim.
        assertThat(status("freedom-of-movement", INTRO + "\"She could travel wherever she liked,\" said Interior"
                + " Minister Ana Polo to reporters.")).isEqualTo(Status.NO_EVIDENCE);
        assertThat(status("freedom-of-movement", INTRO + "\"She could travel wherever she liked,\" an official"
                + " said.")).isEqualTo(Status.NO_EVIDENCE);
    }

    @Test
    void asidesAndGroundsLeaveTheSubjectItsPredicate() {
        String intro = "The Working Group toured the coast in June. ";
        // A participial aside between the subject and its verb.
        assertThat(status("security-not-prejudicial", intro + "The escort, assigned by the prefect for the long drive"
                + " along the coast road, kept its distance.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("documentary-access", intro + "The court decisions, requested by letter in March and again at"
                + " the meeting with the justice minister, were never produced.")).isEqualTo(Status.NOT_MET);
        // A clause of manner goes on the clause before it.
        assertThat(status("security-not-prejudicial", intro + "Security was arranged by the gendarmerie in a way that"
                + " did not hamper the inquiry.")).isIn(Status.MET, Status.PARTLY_MET);
        // The "of" of a ground names no owner.
        assertThat(status("documentary-access", intro + "The medical files, however, were withheld on grounds of"
                + " patient confidentiality.")).isEqualTo(Status.NOT_MET);
        // ... and what it names is not what was denied.
        assertThat(evidence("detention-access", intro + "The clinic's records were withheld on grounds of the"
                + " inmates' privacy.")).isEmpty();
        // A verb of the noun is not the noun: a sentence naming what NGOs documented is still about the journey.
        assertThat(status("freedom-of-movement", intro + "It could not travel to the delta, where the killings that"
                + " local groups documented took place.")).isEqualTo(Status.NOT_MET);
        // All the regions "of the country" are all of them; "of" a district still limits them.
        assertThat(status("freedom-of-movement", intro + "The group travelled to all eight provinces of the country."))
                .isEqualTo(Status.MET);
        assertThat(status("freedom-of-movement", intro + "The group travelled to all the towns of the country's north."))
                .isNotEqualTo(Status.MET);
        // Admission to a place, and meetings held in confidence or with no one of the State present.
        assertThat(status("detention-access", intro + "The group was admitted to every jail it named."))
                .isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("confidential-contact", intro + "The Working Group spoke with the families in"
                + " strict confidence."))
                .isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("confidential-contact", intro + "Its talks with the fishers were held with no officer of"
                + " the coastguard present.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("documentary-access", intro + "It was shown every register it named."))
                .isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("freedom-of-movement", intro + "It was given access to every register it named."))
                .isEqualTo(Status.NO_EVIDENCE);
    }

    @Test
    void clausesOfTheirOwnKeepTheirOwnReading() {
        String intro = "The Working Group toured the coast in June. ";
        // An earlier mission named in a relative clause about a place is not the sentence's visit, nor its denial.
        assertThat(status("freedom-of-movement", intro + "The Working Group said it had been able to go everywhere it"
                + " wished, including the delta, which earlier missions had never been able to reach."))
                .isEqualTo(Status.MET);
        // A negated verb that makes someone do the cue negates the cue.
        assertThat(status("freedom-of-movement", intro + "The storms did not at any point force the team to shorten"
                + " or curtail its itinerary.")).isNotEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", intro + "The storms forced the team to curtail its itinerary."))
                .isEqualTo(Status.NOT_MET);
        // A relative clause set off by a comma says something of its own after a negative opening.
        assertThat(status("confidential-contact", intro + "Nor did the wardens ask to attend the talks, all of which"
                + " were held in the absence of officials.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("documentary-access", intro + "Neither the logbooks nor the files of the men who had"
                + " complained were shown to the Working Group.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void moreWaysOfSayingAReprisalARoadblockAndAnIntrusion() {
        String intro = "The Working Group toured the coast in June. ";
        // Questioning at home about what was said to the expert is a reprisal; none reported is support.
        assertThat(status("no-reprisals", intro + "Days later, two gendarmes came to his home and asked what he had"
                + " told the Working Group.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", intro + "None of the fishers who spoke to the Working Group has suffered"
                + " any repercussions.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("no-reprisals", intro + "One teacher who had met the Working Group suffered"
                + " adverse consequences.")).isEqualTo(Status.NOT_MET);
        // A roadblock on a highway is a journey's.
        assertThat(status("freedom-of-movement", intro + "Soldiers at a roadblock on the coastal highway turned back"
                + " the Working Group's vehicles.")).isEqualTo(Status.NOT_MET);
        // An escort that insists on entering a meeting prejudices it.
        assertThat(status("security-not-prejudicial", intro + "The escort insisted on entering the hall whenever the"
                + " Working Group met fishers.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void wordsThatOnlyLookLikeCues() {
        // "enjoyment" in a mandate's title is no grant; "enjoyed" still is.
        assertThat(evidence("freedom-of-movement", "The visit of the Independent Expert on the enjoyment of cultural"
                + " rights, due in May, has been postponed.")).isEmpty();
        assertThat(status("freedom-of-movement", "The Independent Expert enjoyed freedom of movement throughout the"
                + " country.")).isIn(Status.MET, Status.PARTLY_MET);
        // "120 detained persons" describes whom the expert met; it reports no reprisal.
        assertThat(evidence("no-reprisals", "The Working Group interviewed in private more than 120 detained persons."))
                .isEmpty();
        // "not … a single case of retaliation" negates the retaliation.
        assertThat(status("no-reprisals", "Three months after the Working Group left the country, our network, which"
                + " follows more than thirty of the people it met, has not recorded a single case of retaliation against"
                + " any of them.")).isNotEqualTo(Status.NOT_MET);
    }

    @Test
    void everywhereAndTwoNegationsThatCancel() {
        String intro = "The Working Group toured the coast in June. ";
        assertThat(status("freedom-of-movement", intro + "The Working Group went everywhere it had asked to go."))
                .isIn(Status.MET, Status.PARTLY_MET);
        // A norm in a relative clause describes the place; the main clause still reports.
        assertThat(status("freedom-of-movement", intro + "It went to the delta, including an island that usually"
                + " requires a pass, and its movements were not restricted in any way.")).isIn(Status.MET, Status.PARTLY_MET);
        // "no place … that it could not reach": the two negations cancel out; one alone still denies.
        assertThat(status("freedom-of-movement", intro + "There was no district on its list that the Working Group"
                + " was not able to reach.")).isIn(Status.MET, Status.PARTLY_MET);
        assertThat(status("detention-access", intro + "There was no jail on its list that the Working Group was"
                + " allowed to enter.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void whatABodyOfTheStateGaveIsGiven() {
        String intro = "The Working Group toured the coast in June. ";
        assertThat(status("documentary-access", intro + "The Ministry of Fisheries supplied every licence file the"
                + " Working Group asked for.")).isEqualTo(Status.MET);
        assertThat(status("documentary-access", intro + "The harbour police, to their credit, gave the Working"
                + " Group all the logbooks it requested.")).isEqualTo(Status.MET);
        // In part, and not when someone else gave them.
        assertThat(status("documentary-access", intro + "The prosecutor's office provided the Working Group with"
                + " only three of the nine case files it asked for.")).isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("documentary-access", intro + "Local unions supplied the licence files that the ministry"
                + " had refused to share.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
    }

    @Test
    void privacyAcrossAList() {
        String intro = "The Working Group toured the coast in June. ";
        // A subject whose list runs over commas is still the subject of "took place".
        String list = intro + "I met whomever I chose, and all my talks with fishers, dock workers and detained migrants"
                + " took place in private.";
        assertThat(status("confidential-contact", list)).isEqualTo(Status.MET);
        // ... and "detained migrants" in the list describes them: no reprisal.
        assertThat(evidence("no-reprisals", list)).isEmpty();
        assertThat(status("confidential-contact", intro + "Every talk the Working Group had with the fishers took"
                + " place out of the wardens' hearing.")).isIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void neitherAfterTheGrantAndDoorsOpened() {
        String intro = "The Working Group toured the coast in June. ";
        assertThat(status("detention-access", intro + "The Working Group was able neither to reach the island nor to"
                + " inspect the navy's interrogation facility there.")).isEqualTo(Status.NOT_MET);
        assertThat(status("detention-access", intro + "Every jail on the coast opened its doors to the Working Group"
                + " without notice.")).isIn(Status.MET, Status.PARTLY_MET);
    }

    @Test
    void anEscortKeepingItsDistanceGenerally() {
        String intro = "The Working Group toured the coast in June. ";
        assertThat(status("security-not-prejudicial", intro + "A police escort travelled with the Working Group"
                + " throughout, keeping its distance at every meeting.")).isEqualTo(Status.MET);
        // "generally" grants only in part.
        assertThat(status("security-not-prejudicial", intro + "A police escort travelled with the Working Group"
                + " throughout, generally keeping its distance.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("security-not-prejudicial", intro + "The escort never entered a meeting hall.")).isIn(
                Status.MET, Status.PARTLY_MET);
    }

    @Test
    void anAssuranceGivenIsReportedAndSupportsInPart() {
        String intro = "The Working Group toured the coast in June. ";
        String assurance = intro + "Before the visit, the Government gave written assurances that no one would be"
                + " punished for cooperating with the Working Group, and that it would be free to travel anywhere.";
        assertThat(status("no-reprisals", assurance)).isEqualTo(Status.PARTLY_MET);
        // What was promised shows nothing done.
        assertThat(evidence("freedom-of-movement", assurance)).isEmpty();
        assertThat(status("freedom-of-movement", intro + "Despite assurances that it would be free to travel, the"
                + " Working Group was turned back at a checkpoint.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void anAssuranceEndsWhereTheSentenceTurnsOrItIsBroken() {
        // "no one" after "that" reaches no clause with a subject of its own.
        assertThat(status("no-reprisals", INTRO + "The Special Rapporteur learned that no one had been charged, and the"
                + " police detained three activists who had met her.")).isNotEqualTo(Status.MET);
        // A turn after the promise is still read on its own, unhedged.
        assertThat(status("no-reprisals", INTRO + "The Government gave assurances that no one would be punished for"
                + " cooperating with the Special Rapporteur, but three of her interlocutors were subsequently detained."))
                .isEqualTo(Status.NOT_MET);
        // A relative clause after a comma is the sentence's own, not the promise's.
        assertThat(status("detention-access", INTRO + "The Government assured the expert that she could visit the"
                + " military prison, which she was refused.")).isEqualTo(Status.NOT_MET);
        // A broken assurance supports nothing.
        assertThat(evidence("no-reprisals", INTRO + "Assurances that no one would be punished for meeting the Special"
                + " Rapporteur were not honoured.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
    }

    @Test
    void thisRoundsReadingsStopWhereTheReviewFoundThem() {
        // An earlier visit in a "whose" clause is still another visit.
        assertThat(evidence("detention-access", INTRO + "The Working Group, whose previous visit took place in 2012,"
                + " had at that time been granted access to all places of detention.")).isEmpty();
        // All the regions "of the country" limited after it are not all of them.
        assertThat(status("freedom-of-movement", INTRO + "The delegation travelled to all regions of the country"
                + " controlled by the Government.")).isNotEqualTo(Status.MET);
        // Another's private interviews, in a relative clause, do not lift the denial.
        assertThat(status("confidential-contact", INTRO + "The Special Rapporteur could not meet detainees, who were"
                + " all interviewed in private by intelligence officers afterwards.")).isEqualTo(Status.NOT_MET);
        // "Everywhere she went" sets the scene; it grants nothing.
        assertThat(evidence("freedom-of-movement", INTRO + "Everywhere she went, the Special Rapporteur was"
                + " accompanied by a government minder.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // "no reply about the prison that she was not allowed to visit": the negations do not meet.
        assertThat(status("detention-access", INTRO + "She received no reply about the prison that she was not"
                + " allowed to visit.")).isEqualTo(Status.NOT_MET);
        // A UN office is no body of the State; sealed files are not given.
        assertThat(evidence("documentary-access", INTRO + "The United Nations country office provided the statistics"
                + " on pre-trial detention.")).isEmpty();
        assertThat(evidence("documentary-access", INTRO + "The police placed the case files under seal before the"
                + " visit.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // "in the absence of" an interpreter, then guards in the room: no privacy.
        assertThat(evidence("confidential-contact", INTRO + "The interviews were held in the absence of an"
                + " interpreter, and guards remained in the room.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // A detainee admitted to hospital; a centre that opened its doors in 2021.
        assertThat(evidence("detention-access", INTRO + "The Special Rapporteur was informed that the detainee was"
                + " admitted to hospital after his interview with her.")).isEmpty();
        assertThat(evidence("detention-access", INTRO + "The new detention centre opened its doors in 2021 and now"
                + " holds 3,000 detainees.")).isEmpty();
        // Admitted to a session is no journey: "admitted to" grants a place of detention only.
        assertThat(evidence("freedom-of-movement", INTRO + "The Working Group was admitted to the session, and its"
                + " visit went ahead.")).isEmpty();
        // The expert not entering a district is no escort keeping out of meetings.
        assertThat(evidence("security-not-prejudicial", INTRO + "The Special Rapporteur never entered the northern"
                + " district because the police escort blocked the road.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // A negated causative reaches its own infinitive only.
        assertThat(status("detention-access", INTRO + "Officials who were not required to accompany the delegation"
                + " nevertheless refused to let it enter the prison.")).isEqualTo(Status.NOT_MET);
        // Cases not investigated are not cases not recorded; a year is no count; "came and detained" is a verb.
        assertThat(status("no-reprisals", INTRO + "The authorities have not investigated a single case of reprisal"
                + " against persons who met the Special Rapporteur.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", INTRO + "Police had by 2024 detained 12 persons who had spoken with the"
                + " Special Rapporteur.")).isEqualTo(Status.NOT_MET);
        assertThat(status("no-reprisals", INTRO + "The police came and detained activists who had met the Special"
                + " Rapporteur.")).isEqualTo(Status.NOT_MET);
        // "neither" after a semicolon is another statement.
        assertThat(status("detention-access", INTRO + "The Special Rapporteur visited all places of detention freely;"
                + " neither the guards nor the directors raised any objection.")).isEqualTo(Status.MET);
        // A ground names no owner only within its short phrase.
        assertThat(status("documentary-access", INTRO + "The delegation visited three prisons but was refused for"
                + " reasons of security the registers of the military prison.")).isEqualTo(Status.NOT_MET);
        // The expert's own visit to a house, or own question, is no reprisal.
        assertThat(evidence("no-reprisals", INTRO + "The Special Rapporteur came to her house to interview her in"
                + " private.")).isEmpty();
        assertThat(evidence("no-reprisals", INTRO + "The Special Rapporteur asked the officials what the detainees"
                + " had told them about the incident.")).isEmpty();
    }

    @Test
    void anotherBodysTeamIsNotTheExperts() {
        assertThat(evidence("detention-access", "Staff of the UN children's agency were turned away from the youth"
                + " prison again on Monday. The agency's teams have not been able to enter the facility since March."))
                .isEmpty();
        // The expert's own team, or a UN committee's delegation, is the expert's.
        assertThat(status("detention-access", "The Rapporteur toured the south in May. The Rapporteur's team was"
                + " unable to enter the youth prison.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aPartOfTheVisitCalledOffIsADenial() {
        // A trip or stay within the country called off, postponed or shortened restricts the visit; on security
        // grounds, the security condition too.
        assertThat(status("freedom-of-movement", INTRO + "Citing security reasons, the authorities called off her trip"
                + " to the northern province at short notice.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "Citing security reasons, the authorities called off her"
                + " trip to the northern province at short notice.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", INTRO + "Her planned trip to the highlands was postponed by the"
                + " authorities.")).isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", INTRO + "For security reasons, her stay in the border camps was"
                + " shortened from four days to two.")).isEqualTo(Status.NOT_MET);
        // The whole visit postponed, or the expert's own change of plan, says nothing of how a visit went.
        assertThat(evidence("freedom-of-movement", "The visit was postponed for security reasons.")).isEmpty();
        assertThat(evidence("security-not-prejudicial", "The visit was postponed for security reasons.")).isEmpty();
        assertThat(evidence("freedom-of-movement", "The Government decided to postpone the visit to the country, which"
                + " was due to begin in March.")).isEmpty();
        assertThat(evidence("freedom-of-movement", INTRO + "The Special Rapporteur postponed her trip to the eastern"
                + " province.")).isEmpty();
    }

    @Test
    void aHabitToldInThePastReportsPartOfTheVisit() {
        // "as a rule" in the past tells how the visit mostly went, even where the sentence turns after it.
        assertThat(status("confidential-contact", INTRO + "Her interviews with detainees were, as a rule, held in"
                + " private; at the central prison, however, two guards stood in the corridor.")).isEqualTo(Status.PARTLY_MET);
        // In the present, or in what will be, it states a norm.
        assertThat(evidence("confidential-contact", INTRO + "Interviews with detainees will, as a rule, be held in"
                + " private; the authorities, however, have not yet agreed.")).isEmpty();
    }

    @Test
    void thoseWhoWatchTheExpertDoWhatTheirSentenceSays() {
        String intro = "A police escort accompanied the Rapporteur in May. ";
        // The watchers are the subject of a verb far after them, across a participle or their own relative clause.
        assertThat(status("security-not-prejudicial", intro + "In the capital, uniformed police officers stood at the"
                + " entrance of each meeting with lawyers and journalists, recording the names of those who entered."))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("security-not-prejudicial", intro + "The gendarmes who accompanied her for her protection,"
                + " however, noted down the licence plates of the cars parked outside the meeting places."))
                .isEqualTo(Status.NOT_MET);
        // Another clause brings another subject; those met "with" are others when the meeting is someone else's.
        assertThat(evidence("security-not-prejudicial", intro + "Several police officers told the press that she had"
                + " later photographed the damaged houses and written down the names of the victims.")).isEmpty();
        assertThat(evidence("confidential-contact", intro + "Officials held meetings with lawyers in private."))
                .isEmpty();
    }

    @Test
    void anEscortKeptOutEveryTimeIsWhollyUnobtrusive() {
        assertThat(status("security-not-prejudicial", INTRO + "The protection detail was discreet and at no point"
                + " interfered with her programme.")).isEqualTo(Status.MET);
        assertThat(status("security-not-prejudicial", INTRO + "The protection team never attended her meetings and kept"
                + " its distance.")).isEqualTo(Status.MET);
        // Once, or with no word for every time, it is shown in part.
        assertThat(status("security-not-prejudicial", INTRO + "The police escort stayed in the vehicles.")).isEqualTo(
                Status.PARTLY_MET);
    }

    @Test
    void meetingsAttendedByOfficialsOrByNone() {
        assertThat(status("confidential-contact", INTRO + "Her meetings with defenders were attended by officials of"
                + " the Ministry.")).isEqualTo(Status.NOT_MET);
        assertThat(status("confidential-contact", INTRO + "She met relatives of the disappeared in three towns; none"
                + " of these meetings was attended by State officials.")).isEqualTo(Status.MET);
        assertThat(status("confidential-contact", INTRO + "Her talks with victims took place without anyone from the"
                + " authorities present.")).isEqualTo(Status.PARTLY_MET);
        // Attended by others than those who watch: nothing.
        assertThat(evidence("confidential-contact", INTRO + "None of her meetings was attended by journalists."))
                .isEmpty();
    }

    @Test
    void whoSufferedNothingAndWhoDid() {
        // The one she met may stand anywhere in a subject opened by "none".
        assertThat(status("no-reprisals", INTRO + "None of the persons with whom she spoke during the visit has since"
                + " suffered any form of retaliation.")).isEqualTo(Status.MET);
        // A request of its own after ", and it" does not silence the report before it.
        assertThat(status("no-reprisals", INTRO + "So far as the Working Group has been able to ascertain, none of the"
                + " persons with whom it spoke has suffered any reprisal, and it asks the State to keep it informed."))
                .isEqualTo(Status.PARTLY_MET);
        // "none" does not reach past ", and" before a new subject.
        assertThat(status("no-reprisals", INTRO + "The Rapporteur said that none of the ministers had commented on the"
                + " visit, and that two lawyers she met were arrested.")).isEqualTo(Status.NOT_MET);
        // What they had raised with her links the harm to the visit.
        assertThat(status("no-reprisals", INTRO + "Both were later questioned for hours about the matters they had"
                + " raised with the Special Rapporteur.")).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aPromiseToldWithWhatBecameOfIt() {
        assertThat(status("documentary-access", INTRO + "Although the Ministry undertook to provide the casualty"
                + " records, none had been received at the time of writing.")).isEqualTo(Status.NOT_MET);
        // "they" after the plural concept stands for it, not for another person.
        assertThat(status("documentary-access", INTRO + "The Ministry undertook to provide the statistics on"
                + " prosecutions, but they have not been received.")).isEqualTo(Status.NOT_MET);
        // A promise alone, or kept, grants nothing by the promise.
        assertThat(evidence("documentary-access", INTRO + "The Ministry undertook to provide all the registers."))
                .isEmpty();
        assertThat(evidence("documentary-access", INTRO + "Although the Ministry promised to share all the files,"
                + " the Rapporteur has not yet been told when.")).noneMatch(e -> e.stance() == Stance.SUPPORTS);
        // "they" for people still names another person.
        assertThat(evidence("confidential-contact", INTRO + "Lawyers said that the prisons were overcrowded and that"
                + " they could not see their clients in private.")).isEmpty();
    }

    @Test
    void theReviewOfThisRoundFoundTheseOverReadings() {
        // A negation for all of it says so only of what it negates.
        for (String text : List.of("The escort kept its distance at no point.",
                "The escort officers, who had never worked with a UN mission before, kept their distance.",
                "The escort kept its distance, and at no point did the Rapporteur feel threatened.",
                "The escort waited outside; the Government has never explained why one was assigned.")) {
            assertThat(status("security-not-prejudicial", INTRO + text)).as(text).isNotEqualTo(Status.MET);
        }
        // UN staff, other people's meetings or hearings, and "not all" are no private contact shown whole.
        for (String text : List.of("None of her meetings with detainees was attended by UN officials.",
                "None of the court hearings she observed was attended by officials of the ministry.",
                "None of the defenders' meetings with the police was attended by officials.")) {
            assertThat(status("confidential-contact", INTRO + text)).as(text).isNotEqualTo(Status.MET);
        }
        assertThat(status("confidential-contact", INTRO + "Not all of her meetings were attended by officials."))
                .isEqualTo(Status.PARTLY_MET);
        assertThat(evidence("confidential-contact", INTRO + "Her meetings with civil society were attended by United"
                + " Nations officials.")).isEmpty();
        assertThat(evidence("confidential-contact", INTRO + "She met the victims without anyone from the press"
                + " present.")).isEmpty();
        // A list or an aside with ", and" inside the subject of "none" does not cut it.
        assertThat(status("no-reprisals", INTRO + "None of the lawyers, journalists, and the defenders she met during"
                + " the visit has been arrested.")).isEqualTo(Status.MET);
        assertThat(status("no-reprisals", INTRO + "None of the people she met, and they were numerous, has been"
                + " arrested or threatened.")).isEqualTo(Status.MET);
        // What people raised with or described to her is the subject of the talk, not a harm for it.
        assertThat(evidence("no-reprisals", INTRO + "Civil society raised with the Rapporteur the arbitrary detention"
                + " of journalists in the capital.")).isEmpty();
        assertThat(evidence("no-reprisals", INTRO + "Families described to the Special Rapporteur how their relatives"
                + " had been arrested in 2018.")).isEmpty();
        // Another subject after ", and" does what the watchers did not; a routine check of visitors is no denial.
        assertThat(evidence("security-not-prejudicial", INTRO + "The gendarmes stayed at the hotel, and journalists"
                + " from the State broadcaster took down the names of those she met.")).isEmpty();
        assertThat(evidence("security-not-prejudicial", INTRO + "Security officers at the ministry checked the"
                + " identity papers of all visitors.")).isEmpty();
        // A cancellation undone, negated, or of the whole visit; someone else's trips.
        for (String text : List.of(
                "At no point was any part of her programme, including the trip to the border area, cancelled.",
                "Her trip to the western province was almost called off because of fuel shortages, but took place.",
                "The Working Group's visit to the Marshall Islands, scheduled for April, was postponed.",
                "The Special Rapporteur's visit to the country and its border areas was postponed.",
                "The Government restricted the trips of opposition leaders abroad before the election.")) {
            assertThat(evidence("freedom-of-movement", INTRO + text)).as(text).isEmpty();
        }
        assertThat(evidence("freedom-of-movement", INTRO + "Her trip to the northern province, initially cancelled,"
                + " was eventually authorized.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // A habit of other people, other years or other voices is no report of this visit.
        assertThat(evidence("detention-access", INTRO + "In previous years, United Nations staff were usually denied"
                + " access to the military prison.")).isEmpty();
        assertThat(evidence("confidential-contact", INTRO + "Lawyers said that, before the visit, detainees were as a"
                + " rule interviewed in the presence of guards.")).isEmpty();
    }

    @Test
    void keptAwayByAPaperNotIssuedOrByAdvice() {
        assertThat(status("freedom-of-movement", INTRO + "Her trip to the closed zone could not proceed, as the"
                + " required permit was not issued in time.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", "The Special Rapporteur could not travel to the country after the"
                + " authorities failed to issue her visa.")).isEqualTo(Status.NOT_MET);
        assertThat(status("freedom-of-movement", INTRO + "The delegation was asked not to travel to the northern"
                + " province.")).isEqualTo(Status.NOT_MET);
        // Advice the expert gave is no denial of her own travel.
        assertThat(evidence("freedom-of-movement", INTRO + "The Rapporteur advised the authorities not to issue"
                + " permits for the new mine.")).isEmpty();
    }

    @Test
    void theSecondReviewOfThisRoundFoundThese() {
        // A habit is so for the most part, never wholly; in another role or time it is no report of the visit.
        assertThat(status("detention-access", INTRO + "The Special Rapporteur was usually granted access to all places"
                + " of detention she asked to see.")).isEqualTo(Status.PARTLY_MET);
        assertThat(status("detention-access", INTRO + "When she served on the Committee against Torture, the Special"
                + " Rapporteur was normally granted access to all places of detention.")).isNotEqualTo(Status.MET);
        // A place described by its habit ("normally off limits") is no demand.
        assertThat(status("freedom-of-movement", INTRO + "Travel to the quarantine zone in the south, normally off"
                + " limits, was authorized without delay, and her itinerary was respected in full.")).isEqualTo(Status.MET);
        // A harm in a clause of its own, or after another verb, is not what "none" negates.
        assertThat(evidence("no-reprisals", INTRO + "None of the families she met during the visit had been told where"
                + " their relatives were detained.")).isEmpty();
        assertThat(status("no-reprisals", INTRO + "None of the people she met who had been detained, and the lawyers"
                + " who represented them, has been harassed since.")).isEqualTo(Status.MET);
        // Someone with the vehicles is not the escort; a promise's "not least" is no broken promise.
        assertThat(status("security-not-prejudicial", INTRO + "The drivers stayed with the vehicles, while the police"
                + " officers accompanied her into every meeting.")).isNotEqualTo(Status.MET);
        assertThat(evidence("detention-access", INTRO + "The Government undertook to grant the Special Rapporteur access"
                + " to all prisons, not least the military prison in Holm.")).isEmpty();
        assertThat(evidence("confidential-contact", INTRO + "Although the Ministry undertook to let her meet detainees"
                + " in private, guards were not withdrawn from the interview rooms."))
                .noneMatch(e -> e.stance() == Stance.SUPPORTS);
        assertThat(evidence("detention-access", INTRO + "Although the Ministry undertook to let her meet detainees in"
                + " private, guards were not withdrawn from the interview rooms.")).isEmpty();
        // Someone else's visit, her own request, a strike: no denial of her movement.
        for (String text : List.of("The Minister's visit to the border town was cancelled.",
                "Her trip to the border district was postponed to the following week, at her own request.",
                "The road trip to the mining district was postponed by a day because of a strike.")) {
            assertThat(evidence("freedom-of-movement", INTRO + text)).as(text).isEmpty();
        }
        assertThat(status("freedom-of-movement", INTRO + "Her meetings in the capital went ahead, but her trip to the"
                + " northern province was cancelled by the Ministry of Defence.")).isEqualTo(Status.NOT_MET);
        // "not available" of a person, or to the public, denies no document.
        assertThat(evidence("documentary-access", INTRO + "The Director of the prison was not available, and his"
                + " deputy showed the Special Rapporteur the register.")).noneMatch(e -> e.stance() == Stance.CONTRADICTS);
        // One UN interpreter among the State's officers does not make them the UN's.
        assertThat(status("confidential-contact", INTRO + "Her meetings with detainees were attended by prison officers"
                + " and an OHCHR interpreter.")).isEqualTo(Status.NOT_MET);
        assertThat(evidence("security-not-prejudicial", INTRO + "Border guards asked all passengers to produce identity"
                + " documents.")).isEmpty();
    }

    @Test
    void whatNoneNegatesIsTheSubjectsOwnVerb() {
        // "none" negates the verb after the contact; a harm after it, in a clause of its own, is not negated.
        for (String text : List.of(
                "None of the officials she met during the visit denied that two defenders had been arrested.",
                "None of the families she met knew why their relatives had been detained.",
                "Nobody she met during the visit was willing to speak openly, for fear of reprisals.",
                "None of the defenders whom she met in the north and who were later detained had been charged.")) {
            assertThat(status("no-reprisals", INTRO + text)).as(text).isNotEqualTo(Status.MET);
        }
        // What they report, and the harm itself, still are.
        assertThat(status("no-reprisals", INTRO + "None of those who met her has suffered reprisals."))
                .isEqualTo(Status.MET);
    }
}
