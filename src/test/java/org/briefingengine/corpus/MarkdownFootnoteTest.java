package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Footnotes carry citations (issue 3): they are content, unlike link reference definitions. */
class MarkdownFootnoteTest {

    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void footnoteDefinitionsStayAsTextAndMarkersBecomeNumbers() {
        String text = reader.toPlainText("""
                The letter relies on earlier findings.[^2]

                [^2]: CESCR List of Issues (2021), E/C.12/CHN/Q/3.
                [home]: https://example.org/
                """);
        assertThat(text).contains("The letter relies on earlier findings.[2]")
                .contains("[2] CESCR List of Issues (2021), E/C.12/CHN/Q/3.")
                .doesNotContain("example.org").doesNotContain("^");
    }
}
