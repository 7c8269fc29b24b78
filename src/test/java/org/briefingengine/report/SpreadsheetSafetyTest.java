package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9) was quoted in the appendix.", "+7 observers were turned away.",
            "-2 days before the visit, the list changed.", "@delegation asked for access.",
            "\tindented line of a table", "\rline after a carriage return", "\0stray NUL before text"})
    void prefixesFieldsThatStartLikeAFormula(String field) {
        assertThat(SpreadsheetSafety.neutralise(field)).isEqualTo("'" + field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Committee met on Monday.", "Ní Aoláin spoke in Genève.", "人权理事会第47届会议",
            "'already quoted", "CHN 13/2018", "1+1", "a=b"})
    void leavesOrdinaryTextAlone(String field) {
        assertThat(SpreadsheetSafety.neutralise(field)).isEqualTo(field);
    }

    @Test
    void turnsMissingTextIntoAnEmptyField() {
        assertThat(SpreadsheetSafety.neutralise(null)).isEmpty();
        assertThat(SpreadsheetSafety.neutralise("")).isEmpty();
    }
}
