package org.briefingengine.assessment;

/** An analyst's decision on one condition, read from the job's review CSV. */
public record Review(String condition, Status status, String note, String reviewer) {

    public Review {
        note = note == null ? "" : note;
        reviewer = reviewer == null ? "" : reviewer;
    }
}
