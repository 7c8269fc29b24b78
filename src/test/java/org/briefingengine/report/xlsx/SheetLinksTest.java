package org.briefingengine.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;

import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetLinksTest {

    private static final String A = "https://example.org/a";
    private static final String B = "https://example.org/b";

    @Test
    void consecutiveRowsToOneAddressShareARangeLink() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet();
            SheetLinks links = new SheetLinks(sheet, new SheetLinks.Budget(10));
            assertThat(links.add(1, 3, A)).isTrue();
            links.add(2, 3, A);
            links.add(3, 3, A);
            links.add(4, 3, B);
            links.add(6, 3, B);
            links.flush();
            assertThat(sheet.getHyperlinkList()).extracting(XSSFHyperlink::getCellRef, XSSFHyperlink::getAddress)
                    .containsExactly(tuple("D2:D4", A),
                            tuple("D5", B), tuple("D7", B));
        }
    }

    @Test
    void twoLinkedColumnsKeepTheirOwnRangesAndShareTheBudget() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet();
            SheetLinks.Budget budget = new SheetLinks.Budget(3);
            SheetLinks links = new SheetLinks(sheet, budget);
            for (int row = 1; row <= 3; row++) { // a reference link in F beside the source's link in K
                assertThat(links.add(row, 5, B + row)).isEqualTo(row <= 2);
                assertThat(links.add(row, 10, A)).isTrue();
            }
            links.flush();
            assertThat(sheet.getHyperlinkList()).extracting(XSSFHyperlink::getCellRef, XSSFHyperlink::getAddress)
                    .containsExactlyInAnyOrder(tuple("F2", B + 1), tuple("F3", B + 2), tuple("K2:K4", A));
            assertThat(budget.refused()).isTrue();
        }
    }

    @Test
    void aSpentBudgetLeavesLaterRowsUnlinked() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            SheetLinks.Budget budget = new SheetLinks.Budget(2);
            SheetLinks first = new SheetLinks(book.createSheet(), budget);
            SheetLinks second = new SheetLinks(book.createSheet(), budget);
            assertThat(first.add(1, 0, A)).isTrue();
            assertThat(first.add(2, 0, B)).isTrue();
            assertThat(budget.refused()).isFalse();
            assertThat(second.add(1, 0, A)).isFalse();
            first.flush();
            second.flush();
            assertThat(budget.refused()).isTrue();
            assertThat(book.getSheetAt(0).getHyperlinkList()).hasSize(2);
            assertThat(book.getSheetAt(1).getHyperlinkList()).isEmpty();
        }
    }

    @Test
    void onlyWebAddressesAreLinked() {
        assertThat(SheetLinks.isWebAddress("https://example.org/report?id=7")).isTrue();
        assertThat(SheetLinks.isWebAddress("HTTP://example.org/")).isTrue();
        assertThat(SheetLinks.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(SheetLinks.isWebAddress("file:///etc/passwd")).isFalse();
        assertThat(SheetLinks.isWebAddress("https://example.org/a b")).isFalse();
        assertThat(SheetLinks.isWebAddress("example.org/report")).isFalse();
    }
}
