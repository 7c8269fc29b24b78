package org.briefingengine.report.pdf;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.briefingengine.week.IsoWeek;

/**
 * Line chart of citations per ISO week for the most cited mechanisms. Each line has its own colour, dash
 * pattern and marker, and is labelled at its end, so no legend lookup (and no colour) is needed to read it.
 * The horizontal axis is real time: weeks are placed by their Monday, so a gap of months looks like one, and
 * ticks name the week with its year. Only weeks with documents have points.
 */
final class TrendChartSvg {

    static final int MAX_WEEKS = 12;
    static final int MAX_LINES = 5;

    private static final String[] COLOURS = {"#12304f", "#a4161a", "#1e6b34", "#7a4b00", "#3d1f63"};
    private static final String[] DASHES = {"", "7 3", "2 2", "9 3 2 3", "1 3"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 250;
    private static final int LEFT = 44;
    private static final int RIGHT = 70;
    private static final int TOP = 14;
    private static final int BOTTOM = 46;

    private TrendChartSvg() {
    }

    /** The chart over the last {@value #MAX_WEEKS} weeks with documents; empty unless there are two or more. */
    static Optional<Chart> of(List<MechanismWeek> rows) {
        TreeSet<String> allWeeks = rows.stream().map(MechanismWeek::week).collect(Collectors.toCollection(TreeSet::new));
        if (allWeeks.size() < 2) {
            return Optional.empty();
        }
        List<String> weeks = new ArrayList<>(allWeeks).subList(Math.max(0, allWeeks.size() - MAX_WEEKS), allWeeks.size());
        Map<String, int[]> series = new HashMap<>();
        for (MechanismWeek row : rows) {
            int index = weeks.indexOf(row.week());
            if (index >= 0) {
                series.computeIfAbsent(row.mechanism(), m -> new int[weeks.size()])[index] += row.count();
            }
        }
        List<Map.Entry<String, int[]>> top = series.entrySet().stream()
                .filter(e -> total(e.getValue()) > 0)
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -total(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_LINES)
                .toList();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        int max = top.stream().flatMapToInt(e -> Arrays.stream(e.getValue())).max().orElse(1);
        int step = niceStep(max);
        int yMax = ((max + step - 1) / step) * step;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        LocalDate first = IsoWeek.parse(weeks.get(0)).start();
        double span = Math.max(1, ChronoUnit.DAYS.between(first, IsoWeek.parse(weeks.get(weeks.size() - 1)).start()));
        double[] x = new double[weeks.size()];
        for (int i = 0; i < weeks.size(); i++) {
            x[i] = LEFT + plotW * ChronoUnit.DAYS.between(first, IsoWeek.parse(weeks.get(i)).start()) / span;
        }

        SvgCanvas svg = new SvgCanvas(WIDTH, HEIGHT);
        for (int v = 0; v <= yMax; v += step) {
            double y = TOP + plotH - v * plotH / yMax;
            svg.line(LEFT, y, LEFT + plotW, y, v == 0 ? "#444444" : "#d0d0d0", v == 0 ? 1 : 0.6, "")
                    .text(LEFT - 6, y + 4, Integer.toString(v), "end", "#333333");
        }
        double lastLabel = Double.NEGATIVE_INFINITY;
        String lastYear = "";
        for (int i = 0; i < weeks.size(); i++) {
            String week = weeks.get(i);
            String year = week.substring(0, week.indexOf('-'));
            svg.line(x[i], TOP + plotH, x[i], TOP + plotH + 4, "#444444", 1, "");
            if (x[i] - lastLabel >= MIN_LABEL_GAP || i == weeks.size() - 1 && x[i] - lastLabel >= MIN_LABEL_GAP / 2) {
                svg.text(x[i], TOP + plotH + 16, week.substring(week.indexOf('-') + 1), "middle", "#333333");
                if (!year.equals(lastYear)) {
                    svg.text(x[i], TOP + plotH + 29, year, "middle", "#333333");
                    lastYear = year;
                }
                lastLabel = x[i];
            }
        }
        svg.text(LEFT + plotW / 2, HEIGHT - 4, "ISO week of publication, to scale in time", "middle", "#333333");

        double[] labelY = new double[top.size()];
        for (int s = 0; s < top.size(); s++) {
            int[] values = top.get(s).getValue();
            double[] xs = new double[values.length];
            double[] ys = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                xs[i] = x[i];
                ys[i] = TOP + plotH - values[i] * plotH / yMax;
            }
            svg.polyline(xs, ys, COLOURS[s], 1.8, DASHES[s]);
            for (int i = 0; i < values.length; i++) {
                svg.marker(xs[i], ys[i], s, COLOURS[s], s % 2 == 1);
            }
            labelY[s] = ys[ys.length - 1] + 4;
        }
        spreadLabels(labelY);
        for (int s = 0; s < top.size(); s++) {
            svg.text(LEFT + plotW + 8, labelY[s], top.get(s).getKey(), "start", COLOURS[s]);
        }
        return Optional.of(new Chart(svg.toSvg(), alt(weeks, top)));
    }

    /** Distance in px between two week labels, so that "W52" and "W01" never overlap. */
    private static final double MIN_LABEL_GAP = 30;

    /** What the axis shows, in words (also printed under the chart in the briefing's text). */
    static String axisCaption(List<String> weeks) {
        return "Week of publication (ISO week), " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1)
                + ", to scale in time; points only for weeks with documents";
    }

    /** Moves end labels apart so that no two overlap, keeping their order. */
    private static void spreadLabels(double[] ys) {
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> ys[i]));
        for (int k = 1; k < order.length; k++) {
            ys[order[k]] = Math.max(ys[order[k]], ys[order[k - 1]] + 12);
        }
    }

    private static int total(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    private static int niceStep(int max) {
        int raw = Math.max(1, (int) Math.ceil(max / 4.0));
        int magnitude = (int) Math.pow(10, (int) Math.log10(raw));
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String alt(List<String> weeks, List<Map.Entry<String, int[]>> top) {
        return "Line chart of citations per ISO week from " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1)
                + " for the " + top.size() + " most cited mechanisms. " + top.stream()
                .map(e -> e.getKey() + ": " + Arrays.stream(e.getValue()).mapToObj(Integer::toString)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")) + ".";
    }
}
