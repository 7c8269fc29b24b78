package org.briefingengine.report.pdf;

/**
 * A chart ready to place in the briefing.
 *
 * @param svg the chart as a standalone SVG document
 * @param alt its text alternative: what the chart shows, with its numbers, for readers who cannot see it
 */
record Chart(String svg, String alt) {
}
