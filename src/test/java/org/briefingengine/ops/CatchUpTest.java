package org.briefingengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.briefingengine.week.IsoWeek;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    private static IsoWeek w(String week) {
        return IsoWeek.parse(week);
    }

    @Test
    void aMachineOffForTwoMondaysBriefsTheMissedWeeksOldestFirst() {
        CatchUp.Plan plan = CatchUp.plan(Optional.of(w("2022-W19")), w("2022-W22"), 8);
        assertThat(plan.weeks()).containsExactly(w("2022-W20"), w("2022-W21"), w("2022-W22"));
        assertThat(plan.leftOut()).isEmpty();
    }

    @Test
    void nothingMissedOrNoBriefingYetBriefsOnlyTheRequestedWeek() {
        assertThat(CatchUp.plan(Optional.of(w("2022-W21")), w("2022-W22"), 8).weeks()).containsExactly(w("2022-W22"));
        assertThat(CatchUp.plan(Optional.of(w("2022-W22")), w("2022-W22"), 8).weeks()).containsExactly(w("2022-W22"));
        assertThat(CatchUp.plan(Optional.of(w("2022-W30")), w("2022-W22"), 8).weeks()).containsExactly(w("2022-W22"));
        assertThat(CatchUp.plan(Optional.empty(), w("2022-W22"), 8).weeks()).containsExactly(w("2022-W22"));
    }

    @Test
    void aLongGapIsBoundedAndTheWeeksLeftOutAreNamed() {
        CatchUp.Plan plan = CatchUp.plan(Optional.of(w("2021-W50")), w("2022-W03"), 3);
        assertThat(plan.weeks()).containsExactly(w("2022-W01"), w("2022-W02"), w("2022-W03"));
        assertThat(plan.leftOut()).isEqualTo(List.of(w("2021-W51"), w("2021-W52")));
    }
}
