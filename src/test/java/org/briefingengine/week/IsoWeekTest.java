package org.briefingengine.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void week21Of2022RunsFromMonday23ToSunday29May() {
        IsoWeek week = IsoWeek.parse("2022-W21");
        assertThat(week.start()).isEqualTo(LocalDate.of(2022, 5, 23));
        assertThat(week.end()).isEqualTo(LocalDate.of(2022, 5, 29));
        assertThat(week.contains(LocalDate.of(2022, 5, 28))).isTrue();
        assertThat(week.contains(LocalDate.of(2022, 5, 30))).isFalse();
        assertThat(week.previous()).hasToString("2022-W20");
    }

    @Test
    void firstWeekBelongsToTheYearOfItsThursday() {
        assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3))).hasToString("2020-W53");
        assertThat(IsoWeek.parse("2020-W53").end()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
    }

    @Test
    void rejectsMalformedAndImpossibleWeeks() {
        assertThatThrownBy(() -> IsoWeek.parse("2022-21")).hasMessageContaining("not an ISO week");
        assertThatThrownBy(() -> IsoWeek.parse("2022-W53")).hasMessageContaining("no ISO week 53");
        assertThatThrownBy(() -> IsoWeek.parse("2022-W00")).hasMessageContaining("no ISO week 0");
    }

    @Test
    void lowerCaseWeeksAreAccepted() {
        assertThat(IsoWeek.parse("2022-w21")).isEqualTo(IsoWeek.parse("2022-W21"));
    }

    @Test
    void previousIsTheLastCompleteWeekBeforeToday() {
        assertThat(IsoWeek.previous(LocalDate.of(2022, 5, 30))).hasToString("2022-W21"); // Monday of W22
        assertThat(IsoWeek.previous(LocalDate.of(2022, 6, 5))).hasToString("2022-W21"); // Sunday of W22
        assertThat(IsoWeek.previous(LocalDate.of(2021, 1, 4))).hasToString("2020-W53");
        assertThat(IsoWeek.parse("2020-W53").next()).hasToString("2021-W01");
    }
}
