package org.briefingengine.report.xlsx;

/**
 * One column of a table sheet.
 *
 * @param header the header text, which is also the Excel table column name
 * @param width  width in characters, set explicitly because autosizing a streamed sheet is costly
 */
record Column(String header, int width) {

    static Column of(String header, int width) {
        return new Column(header, width);
    }
}
