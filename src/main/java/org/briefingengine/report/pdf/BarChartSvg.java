package org.briefingengine.report.pdf;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.briefingengine.report.BriefingReport.MechanismCount;

/**
 * Horizontal bar chart of citations per mechanism: a dark bar for this week beside a light, outlined bar for the
 * cumulative count, both on one scale and labelled with their numbers, so it reads in greyscale too.
 */
final class BarChartSvg {

    static final String THIS_WEEK = "#12304f";
    static final String CUMULATIVE = "#a9bfd6";

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 250;
    private static final int VALUE_ROOM = 40;
    private static final int TOP = 34;
    private static final int ROW = 32;
    private static final int BAR = 11;
    private static final int MAX_LABEL = 40;

    private BarChartSvg() {
    }

    /** The chart of every mechanism cited at least once up to the end of the week; empty when none is. */
    static Optional<Chart> of(List<MechanismCount> counts, String week) {
        List<MechanismCount> cited = counts.stream().filter(c -> c.cumulative() > 0 || c.thisWeek() > 0).toList();
        if (cited.isEmpty()) {
            return Optional.empty();
        }
        int max = cited.stream().mapToInt(c -> Math.max(c.cumulative(), c.thisWeek())).max().orElse(1);
        double scale = (WIDTH - LABEL_WIDTH - VALUE_ROOM) / (double) max;
        SvgCanvas svg = new SvgCanvas(WIDTH, TOP + ROW * cited.size() + 6);
        svg.rect(LABEL_WIDTH, 6, 12, 10, THIS_WEEK, THIS_WEEK)
                .text(LABEL_WIDTH + 17, 15, "This week (" + week + ")", "start", "#1a1a1a")
                .rect(LABEL_WIDTH + 150, 6, 12, 10, CUMULATIVE, THIS_WEEK)
                .text(LABEL_WIDTH + 167, 15, "Cumulative to the end of the week", "start", "#1a1a1a");
        for (int i = 0; i < cited.size(); i++) {
            MechanismCount c = cited.get(i);
            double y = TOP + i * ROW;
            svg.text(LABEL_WIDTH - 8, y + BAR + 4, label(c), "end", "#1a1a1a");
            bar(svg, y, c.thisWeek() * scale, c.thisWeek(), THIS_WEEK);
            bar(svg, y + BAR + 2, c.cumulative() * scale, c.cumulative(), CUMULATIVE);
        }
        svg.line(LABEL_WIDTH, TOP - 4, LABEL_WIDTH, TOP + ROW * cited.size() - 6, "#444444", 1, "");
        return Optional.of(new Chart(svg.toSvg(), alt(cited, week)));
    }

    private static void bar(SvgCanvas svg, double y, double length, int value, String fill) {
        if (value > 0) {
            svg.rect(LABEL_WIDTH, y, Math.max(length, 1.5), BAR, fill, THIS_WEEK);
        }
        svg.text(LABEL_WIDTH + Math.max(length, 0) + 5, y + BAR - 1.5, Integer.toString(value), "start",
                "#1a1a1a");
    }

    private static String label(MechanismCount c) {
        String name = c.name() == null || c.name().isBlank() ? "" : " · " + c.name();
        String label = c.mechanism() + name;
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
    }

    private static String alt(List<MechanismCount> cited, String week) {
        return "Bar chart of citations per UN mechanism, this week (" + week + ") beside the cumulative count. "
                + cited.stream()
                .map(c -> c.mechanism() + ": " + c.thisWeek() + " this week, " + c.cumulative() + " cumulative")
                .collect(Collectors.joining("; ")) + ".";
    }
}
