package org.briefingengine.delivery;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The notice to ops of a failed run: why, and where its log is. */
final class FailureMessage {

    private FailureMessage() {
    }

    static Mail compose(DeliveryRequest request, long executionId, String status, String reason) {
        String subject = "FAILED: " + request.job() + " " + request.week() + " (execution " + executionId + ")";
        String what = "The run of " + request.job() + " for " + request.week() + " ended " + status + " (execution "
                + executionId + ").";
        String kept = "The previous outputs in " + request.outputs() + " were left as they were.";
        String text = what + "\n\nReason: " + reason + "\n\nLog: " + request.logFile() + "\n" + kept + "\n";

        Document doc = Document.createShell("");
        doc.title(subject);
        Element body = doc.body();
        body.appendElement("p").text(what);
        body.appendElement("p").appendText("Reason: ").appendElement("b").text(reason);
        body.appendElement("p").appendText("Log: ").appendElement("code").text(request.logFile().toString());
        body.appendElement("p").text(kept);
        return new Mail(Mail.FAILURE, request.mail().onFailure(), request.mail().from(), subject, text,
                doc.outerHtml(), java.util.List.of());
    }
}
