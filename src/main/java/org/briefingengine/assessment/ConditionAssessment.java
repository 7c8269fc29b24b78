package org.briefingengine.assessment;

/**
 * The status of one rubric condition for one run.
 *
 * @param status        the status reported: the analyst's when a review applies, else the engine's
 * @param engineStatus  what the engine concluded from the evidence alone
 * @param supporting    number of supporting evidence rows
 * @param contradicting number of contradicting evidence rows
 * @param documents     number of distinct documents giving evidence
 * @param rationale     one sentence on why the engine chose its status
 * @param reviewed      true when an analyst review set {@code status}
 * @param reviewNote    the analyst's note when a review applies, else ""
 * @param reviewer      who set the review, else ""
 */
public record ConditionAssessment(String rubric, String condition, String title, Status status, Status engineStatus,
                                  int supporting, int contradicting, int documents, String rationale,
                                  boolean reviewed, String reviewNote, String reviewer) {

    public ConditionAssessment {
        rationale = rationale == null ? "" : rationale;
        reviewNote = reviewNote == null ? "" : reviewNote;
        reviewer = reviewer == null ? "" : reviewer;
    }

}
