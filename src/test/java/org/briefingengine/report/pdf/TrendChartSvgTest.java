package org.briefingengine.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefingengine.report.BriefingReport.MechanismWeek;
import org.junit.jupiter.api.Test;

class TrendChartSvgTest {

    @Test
    void weeksArePlacedByTheirDateAndTheAxisNamesTheirYears() {
        String svg = TrendChartSvg.of(List.of(new MechanismWeek("SP", "2021-W50", 2),
                new MechanismWeek("SP", "2022-W01", 4), new MechanismWeek("SP", "2022-W38", 1))).orElseThrow().svg();
        Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(svg);
        assertThat(points.find()).isTrue();
        double[] x = Arrays.stream(points.group(1).split(" ")).mapToDouble(p -> Double.parseDouble(p.split(",")[0]))
                .toArray();
        // 2021-W50 to 2022-W01 is 3 weeks, 2022-W01 to 2022-W38 is 37: real time, not evenly spaced.
        assertThat((x[2] - x[1]) / (x[1] - x[0])).isCloseTo(37 / 3.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(svg).contains(">2021</text>", ">2022</text>", ">W50</text>", ">W38</text>");
    }
}
