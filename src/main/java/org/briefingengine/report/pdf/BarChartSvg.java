package org.briefingengine.report.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.briefingengine.report.BriefingReport.MechanismCount;

/**
 * Horizontal bar chart of citations per mechanism: a dark bar for this week beside a light, outlined bar for the
 * cumulative count, both on one scale and labelled with their numbers, so it reads in greyscale too. UN
 * human-rights mechanisms come first, UN offices, officials and agencies after them under their own heading;
 * within each group the most cited come first, and every label is the full name (on two lines if need be).
 */
final class BarChartSvg {

    static final String THIS_WEEK = "#12304f";
    static final String CUMULATIVE = "#a9bfd6";
    static final String MECHANISMS = "UN human-rights mechanisms";
    static final String OFFICES = "UN offices, officials and agencies (not mechanisms; counted apart)";

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 290;
    private static final int VALUE_ROOM = 40;
    private static final int TOP = 30;
    private static final int ROW = 32;
    private static final int GROUP = 22;
    private static final int BAR = 11;
    /** Characters of a label line at the chart's 11 px: about 5.8 px each within {@link #LABEL_WIDTH}. */
    static final int LABEL_LINE = 46;

    private BarChartSvg() {
    }

    /** Most cited first: by this week's count, then the cumulative count, then the code. */
    static final Comparator<MechanismCount> MOST_CITED = Comparator.comparingInt(MechanismCount::thisWeek).reversed()
            .thenComparing(Comparator.comparingInt(MechanismCount::cumulative).reversed())
            .thenComparing(MechanismCount::mechanism);

    /** The mechanisms (first) or the offices cited at least once up to the end of the week, most cited first. */
    static List<MechanismCount> cited(List<MechanismCount> counts, boolean offices) {
        return counts.stream().filter(c -> c.cumulative() > 0 || c.thisWeek() > 0)
                .filter(c -> c.office() == offices).sorted(MOST_CITED).toList();
    }

    /** The chart of every mechanism cited at least once up to the end of the week; empty when none is. */
    static Optional<Chart> of(List<MechanismCount> counts, String week) {
        List<MechanismCount> mechanisms = cited(counts, false);
        List<MechanismCount> offices = cited(counts, true);
        if (mechanisms.isEmpty() && offices.isEmpty()) {
            return Optional.empty();
        }
        int max = java.util.stream.Stream.concat(mechanisms.stream(), offices.stream())
                .mapToInt(c -> Math.max(c.cumulative(), c.thisWeek())).max().orElse(1);
        double scale = (WIDTH - LABEL_WIDTH - VALUE_ROOM) / (double) Math.max(max, 1);
        int groups = (mechanisms.isEmpty() ? 0 : 1) + (offices.isEmpty() ? 0 : 1);
        int height = TOP + groups * GROUP + ROW * (mechanisms.size() + offices.size()) + 6;
        SvgCanvas svg = new SvgCanvas(WIDTH, height);
        svg.rect(LABEL_WIDTH, 6, 12, 10, THIS_WEEK, THIS_WEEK)
                .text(LABEL_WIDTH + 17, 15, "This week (" + week + ")", "start", "#1a1a1a")
                .rect(LABEL_WIDTH + 150, 6, 12, 10, CUMULATIVE, THIS_WEEK)
                .text(LABEL_WIDTH + 167, 15, "Cumulative to the end of the week", "start", "#1a1a1a");
        double y = TOP;
        for (List<MechanismCount> group : List.of(mechanisms, offices)) {
            if (group.isEmpty()) {
                continue;
            }
            svg.text(0, y + 14, group == mechanisms ? MECHANISMS : OFFICES, "start", "#12304f");
            svg.line(0, y + 18, WIDTH, y + 18, "#b0b0b0", 0.6, "");
            y += GROUP;
            double top = y;
            for (MechanismCount c : group) {
                List<String> lines = labelLines(c);
                double first = lines.size() == 1 ? y + BAR + 4 : y + 9;
                for (int i = 0; i < lines.size(); i++) {
                    svg.text(LABEL_WIDTH - 8, first + i * 13, lines.get(i), "end", "#1a1a1a");
                }
                bar(svg, y, c.thisWeek() * scale, c.thisWeek(), THIS_WEEK);
                bar(svg, y + BAR + 2, c.cumulative() * scale, c.cumulative(), CUMULATIVE);
                y += ROW;
            }
            svg.line(LABEL_WIDTH, top - 2, LABEL_WIDTH, y - 6, "#444444", 1, "");
        }
        return Optional.of(new Chart(svg.toSvg(), alt(mechanisms, offices, week)));
    }

    private static void bar(SvgCanvas svg, double y, double length, int value, String fill) {
        if (value > 0) {
            svg.rect(LABEL_WIDTH, y, Math.max(length, 1.5), BAR, fill, THIS_WEEK);
        }
        svg.text(LABEL_WIDTH + Math.max(length, 0) + 5, y + BAR - 1.5, Integer.toString(value), "start",
                "#1a1a1a");
    }

    /** "Committee on the Elimination of Racial Discrimination (CERD)" on at most two lines, cut only if longer. */
    static List<String> labelLines(MechanismCount c) {
        String name = c.name() == null || c.name().isBlank() || c.name().equals(c.mechanism())
                ? c.mechanism() : c.name() + " (" + c.mechanism() + ")";
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > 2) {
            String rest = String.join(" ", lines.subList(1, lines.size()));
            return List.of(lines.get(0), rest.length() > LABEL_LINE ? rest.substring(0, LABEL_LINE - 1) + "…" : rest);
        }
        return lines;
    }

    private static String alt(List<MechanismCount> mechanisms, List<MechanismCount> offices, String week) {
        return "Bar chart of citations per UN mechanism, this week (" + week + ") beside the cumulative count,"
                + " most cited first; the table below gives the same numbers. " + values(mechanisms)
                + (offices.isEmpty() ? "" : " UN offices, officials and agencies, counted apart: " + values(offices));
    }

    private static String values(List<MechanismCount> counts) {
        return counts.stream()
                .map(c -> c.mechanism() + ": " + c.thisWeek() + " this week, " + c.cumulative() + " cumulative")
                .collect(Collectors.joining("; ")) + ".";
    }
}
