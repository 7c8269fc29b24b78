package org.briefingengine.delivery;

import java.util.List;

import org.briefingengine.assessment.Status;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The briefing mail of a successful run: subject naming the job, week and rubric; the executive summary and the
 * conditions per status in the body; the PDF (and the annex) attached or named by path.
 */
final class BriefingMessage {

    private BriefingMessage() {
    }

    static String subject(String job, String week, String rubricTitle) {
        return "Briefing " + job + " " + week + ": " + rubricTitle;
    }

    static Mail compose(DeliveryRequest request, long executionId, String rubricId, String rubricTitle,
                        List<String> findings, StatusCounts counts, Attachments files) {
        String heading = "Briefing " + request.job() + " for " + request.week();
        String rubric = "Rubric: " + rubricTitle + " (" + rubricId + ")";
        StringBuilder text = new StringBuilder(heading).append('\n').append(rubric).append("\n\n");
        text.append("Executive summary\n");
        if (findings.isEmpty()) {
            text.append("(see the attached briefing)\n");
        }
        findings.forEach(f -> text.append("- ").append(f).append('\n'));
        text.append('\n').append("Conditions by status (").append(counts.conditions()).append(")\n");
        for (Status s : Status.values()) {
            text.append(String.format("  %-12s %3d%n", s, counts.of(s)));
        }
        text.append('\n');
        files.attached().forEach(f -> text.append("Attached: ").append(f.name()).append(" (")
                .append(Attachments.humanSize(f.size())).append(")\n"));
        files.referenced().forEach(f -> text.append(f.name()).append(" (").append(Attachments.humanSize(f.size()))
                .append(") ").append(f.why()).append(": ").append(f.path()).append('\n'));
        text.append("All outputs: ").append(request.outputs()).append('\n');
        text.append("\nSent by the Briefing Engine after execution ").append(executionId).append(".\n");

        Document doc = Document.createShell("");
        doc.title(heading);
        Element body = doc.body();
        body.appendElement("h2").text(heading);
        body.appendElement("p").text(rubric);
        body.appendElement("h3").text("Executive summary");
        Element ul = body.appendElement("ul");
        findings.forEach(f -> ul.appendElement("li").text(f));
        if (findings.isEmpty()) {
            body.appendElement("p").text("(see the attached briefing)");
        }
        body.appendElement("h3").text("Conditions by status (" + counts.conditions() + ")");
        Element table = body.appendElement("table").attr("cellpadding", "3");
        for (Status s : Status.values()) {
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(s.toString());
            tr.appendElement("td").attr("align", "right").text(Integer.toString(counts.of(s)));
        }
        Element fileList = body.appendElement("ul");
        files.attached().forEach(f -> fileList.appendElement("li").text("Attached: " + f.name() + " ("
                + Attachments.humanSize(f.size()) + ")"));
        files.referenced().forEach(f -> fileList.appendElement("li").text(f.name() + " ("
                + Attachments.humanSize(f.size()) + ") " + f.why() + ": " + f.path()));
        fileList.appendElement("li").text("All outputs: " + request.outputs());
        body.appendElement("p").text("Sent by the Briefing Engine after execution " + executionId + ".");

        return new Mail(Mail.BRIEFING, request.mail().to(), request.mail().from(),
                subject(request.job(), request.week(), rubricTitle), text.toString(), doc.outerHtml(), files.attached());
    }
}
