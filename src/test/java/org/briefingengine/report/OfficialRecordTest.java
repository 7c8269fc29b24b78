package org.briefingengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialRecordTest {

    @Test
    void unDocumentSymbolsHaveAnOdsAddressOtherReferencesNone() {
        assertThat(OfficialRecord.url("A/HRC/51/12")).contains("https://docs.un.org/en/A/HRC/51/12");
        assertThat(OfficialRecord.url("CERD/C/CHN/CO/14-17")).contains("https://docs.un.org/en/CERD/C/CHN/CO/14-17");
        assertThat(OfficialRecord.url("E/CN.4/1998/45")).contains("https://docs.un.org/en/E/CN.4/1998/45");
        assertThat(OfficialRecord.url("CHN 13/2018")).isEmpty();
        assertThat(OfficialRecord.url("AL CHN 5/2021")).isEmpty();
        assertThat(OfficialRecord.url("HRC res. 43/1")).isEmpty();
        assertThat(OfficialRecord.url("CERD Concluding Observations (2018)")).isEmpty();
        assertThat(OfficialRecord.url("C029")).isEmpty();
        assertThat(OfficialRecord.url("")).isEmpty();
        assertThat(OfficialRecord.url(null)).isEmpty();
    }
}
