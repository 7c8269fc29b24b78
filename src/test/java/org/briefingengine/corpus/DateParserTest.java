package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022-05-28", "2022-5-28", "2022/05/28", "2022-05-28T09:00:00Z", "May 28, 2022",
            "May 28 2022", "28 May 2022", "28-May-2022", "Saturday, May 28, 2022", "Sat, 28 May 2022",
            "28th May 2022", "28 May, 2022", "  may 28, 2022. "})
    void readsIsoAndWrittenForms(String value) {
        assertThat(DateParser.parse(value)).isEqualTo(LocalDate.of(2022, 5, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "May 2022", "31 February 2022", "05/06/2022", "yesterday", "2022-13-01"})
    void returnsNullWhenUnreadable(String value) {
        assertThat(DateParser.parse(value)).isNull();
    }

    @Test
    void findsADateInsideALine() {
        assertThat(DateParser.find("Geneva, 3 Sept. 2021 – press release")).isEqualTo(LocalDate.of(2021, 9, 3));
        assertThat(DateParser.find("Published Jan 5, 2020 by the team")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(DateParser.find("Resolution 12/2020 adopted")).isNull();
        assertThat(DateParser.parse(null)).isNull();
    }
}
