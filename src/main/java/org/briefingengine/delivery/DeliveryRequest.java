package org.briefingengine.delivery;

import java.nio.file.Path;

import org.briefingengine.assessment.Rubric;

/**
 * What the delivery needs to know of a run besides its job execution, as the command line resolved it.
 *
 * @param rubric  the run's rubric (its title names the briefing)
 * @param outputs the published week's folder, e.g. {@code output/weekly-briefing/2022-W21}
 * @param logFile the run's log file (named in the failure notice)
 */
public record DeliveryRequest(String job, String week, Rubric rubric, Path outputs, Path logFile, MailSettings mail) {
}
