package org.briefingengine.report.xlsx;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.briefingengine.report.BriefingReport.MechanismCount;

/**
 * A native clustered bar chart of citations per mechanism, this week beside cumulative, drawn from the mechanism
 * table on the Summary sheet. The values are also cached in the chart, because the streamed sheet's cells cannot
 * be read back while the workbook is built. The two series differ in shade, so they read in greyscale.
 */
final class MechanismChart {

    private static final String TITLE = "Citations per mechanism: this week and cumulative";

    private MechanismChart() {
    }

    /**
     * @param firstRow the 0-based row of the first mechanism in the table (mechanism code in column A, this week
     *                 in D, cumulative in E); the header row above it names the series
     * @param anchor   the cells the chart covers: first column, first row, last column, last row
     */
    static void draw(XSSFSheet sheet, List<MechanismCount> mechanisms, int firstRow, int[] anchor) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor area = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
        XSSFChart chart = drawing.createChart(area);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        chart.getGraphicFrame().setName(TITLE);
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr().setDescr(
                "Bar chart of the citations per mechanism table beside it: for each mechanism, citations this week"
                        + " beside cumulative citations.");
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("Mechanism");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("Citations");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);

        int lastRow = firstRow + mechanisms.size() - 1;
        String name = sheet.getSheetName();
        XDDFCategoryDataSource codes = XDDFDataSourcesFactory.fromArray(
                mechanisms.stream().map(MechanismCount::mechanism).toArray(String[]::new),
                new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(name, true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        Series thisWeek = new Series(SummarySheet.THIS_WEEK, 3, PresetColor.DARK_BLUE);
        Series cumulative = new Series(SummarySheet.CUMULATIVE, 4, PresetColor.LIGHT_GRAY);
        thisWeek.addTo(data, codes, mechanisms.stream().map(MechanismCount::thisWeek).toArray(Integer[]::new),
                name, firstRow, lastRow);
        cumulative.addTo(data, codes, mechanisms.stream().map(MechanismCount::cumulative).toArray(Integer[]::new),
                name, firstRow, lastRow);
        chart.plot(data);
    }

    /** One bar series: its title (the header cell above its column), its column and its fill. */
    private record Series(String title, int column, PresetColor color) {

        void addTo(XDDFBarChartData data, XDDFCategoryDataSource codes, Integer[] values, String sheetName,
                   int firstRow, int lastRow) {
            String range = new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
            XDDFChartData.Series series = data.addSeries(codes, XDDFDataSourcesFactory.fromArray(values, range));
            series.setTitle(title, new CellReference(sheetName, firstRow - 1, column, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
            series.setShapeProperties(shape);
        }
    }
}
