package org.briefingengine.bench;

/**
 * One step of a job run as its log line reports it.
 *
 * @param status the step's batch status, e.g. COMPLETED or FAILED
 */
public record StepTime(String step, String status, long read, long written, long millis) {
}
