package org.briefingengine.assessment;

/** Status of one rubric condition. The README documents how each is reached. */
public enum Status {
    MET, PARTLY_MET, NOT_MET, CONTESTED, NO_EVIDENCE
}
