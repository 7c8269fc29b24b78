import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import java.util.zip.*;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.*;

/**
 * Compares two output folders of one week, the check for a change that must not change the outputs: the CSVs
 * line for line, the annex part by part and cell by cell (value, type, style, links, tables, print setup, charts),
 * the PDF's text page by page.
 * Times and durations (generation time, run time) are masked. Exit 0 when identical, 1 otherwise.
 * Run by scripts/compare-outputs.sh, with the engine's libraries on the class path:
 * {@code java -cp 'app/lib/*' scripts/CompareOutputs.java OLD_WEEK_DIR NEW_WEEK_DIR}.
 */
public class CompareOutputs {

    static int differences;

    /** Timestamps, durations and run numbers, which differ between any two runs. */
    static String masked(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2}| UTC)?", "<time>")
                .replaceAll("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}( [+-]\\d{2}:\\d{2})?", "<time>")
                .replaceAll("\\b\\d+(\\.\\d+)? ?(ms|s)\\b", "<duration>");
    }

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]), b = Path.of(args[1]);
        List<String> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.list(b)) {
            eq("files", files, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : files) {
            if (name.endsWith(".csv")) {
                compareLines(name, Files.readAllLines(a.resolve(name)), Files.readAllLines(b.resolve(name)));
            }
        }
        comparePdf(a.resolve("briefing.pdf"), b.resolve("briefing.pdf"));
        compareAnnex(a.resolve("annex.xlsx"), b.resolve("annex.xlsx"));
        System.out.println(differences == 0 ? "IDENTICAL: " + a + " and " + b : "DIFFERENCES: " + differences);
        System.exit(differences == 0 ? 0 : 1);
    }

    /** Byte for byte (line endings aside); reports the first line that differs. */
    static void compareLines(String name, List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<none>";
            String y = i < b.size() ? b.get(i) : "<none>";
            if (!x.equals(y)) {
                eq(name + " line " + (i + 1) + " (of " + a.size() + " / " + b.size() + ")", x, y);
                return;
            }
        }
    }

    static void comparePdf(Path a, Path b) throws Exception {
        try (PDDocument da = Loader.loadPDF(a.toFile()); PDDocument db = Loader.loadPDF(b.toFile())) {
            eq("briefing.pdf pages", da.getNumberOfPages(), db.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= Math.min(da.getNumberOfPages(), db.getNumberOfPages()); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                eq("briefing.pdf page " + page, masked(stripper.getText(da)), masked(stripper.getText(db)));
            }
        }
    }

    static void compareAnnex(Path a, Path b) throws Exception {
        comparePartsBytes(a, b);
        try (OPCPackage pa = OPCPackage.open(a.toFile(), PackageAccess.READ);
             OPCPackage pb = OPCPackage.open(b.toFile(), PackageAccess.READ)) {
            XSSFWorkbook wa = new XSSFWorkbook(pa);
            XSSFWorkbook wb = new XSSFWorkbook(pb);
            eq("sheet count", wa.getNumberOfSheets(), wb.getNumberOfSheets());
            long cells = 0;
            for (int s = 0; s < wa.getNumberOfSheets(); s++) {
                XSSFSheet sa = wa.getSheetAt(s), sb = wb.getSheetAt(s);
                String n = sa.getSheetName();
                eq(n + " name", n, sb.getSheetName());
                eq(n + " lastRow", sa.getLastRowNum(), sb.getLastRowNum());
                eq(n + " pane", pane(sa), pane(sb));
                eq(n + " print", print(sa), print(sb));
                eq(n + " repeating", String.valueOf(sa.getRepeatingRows()), String.valueOf(sb.getRepeatingRows()));
                eq(n + " merged", sa.getMergedRegions().toString(), sb.getMergedRegions().toString());
                eq(n + " links", links(sa), links(sb));
                eq(n + " tables", tables(sa), tables(sb));
                eq(n + " validations", validations(sa), validations(sb));
                eq(n + " charts", charts(sa), charts(sb));
                for (int c = 0; c < 40; c++) {
                    eq(n + " width " + c, sa.getColumnWidth(c), sb.getColumnWidth(c));
                }
                for (int r = 0; r <= Math.max(sa.getLastRowNum(), 0); r++) {
                    Row ra = sa.getRow(r), rb = sb.getRow(r);
                    if (ra == null || rb == null) {
                        eq(n + " row " + r + " present", ra == null, rb == null);
                        continue;
                    }
                    eq(n + " row " + r + " height", ra.getHeight(), rb.getHeight());
                    eq(n + " row " + r + " cells", ra.getLastCellNum(), rb.getLastCellNum());
                    for (int c = 0; c < Math.max(ra.getLastCellNum(), 0); c++) {
                        cells++;
                        eq(n + "!" + r + ":" + c, masked(cell(ra.getCell(c))), masked(cell(rb.getCell(c))));
                    }
                }
            }
            System.out.println("  annex cells compared: " + cells);
        }
    }

    static void comparePartsBytes(Path a, Path b) throws Exception {
        Map<String, byte[]> pa = parts(a), pb = parts(b);
        eq("part names", new TreeSet<>(pa.keySet()).toString(), new TreeSet<>(pb.keySet()).toString());
        int same = 0;
        for (String name : new TreeSet<>(pa.keySet())) {
            if (Arrays.equals(pa.get(name), pb.get(name))) {
                same++;
            } else {
                System.out.println("  annex part differs in bytes (cells compared below): " + name);
            }
        }
        System.out.println("  annex parts identical byte for byte: " + same + " of " + pa.size());
    }

    static Map<String, byte[]> parts(Path p) throws Exception {
        Map<String, byte[]> m = new HashMap<>();
        try (ZipFile z = new ZipFile(p.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    m.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return m;
    }

    static String cell(Cell c) {
        if (c == null) return "null";
        CellStyle s = c.getCellStyle();
        XSSFFont f = ((XSSFCellStyle) s).getFont();
        String style = s.getDataFormatString() + "|wrap=" + s.getWrapText() + "|v=" + s.getVerticalAlignment()
                + "|h=" + s.getAlignment() + "|fill=" + s.getFillPattern() + "/" + s.getFillForegroundColor()
                + "|border=" + s.getBorderBottom() + "|font=" + f.getBold() + "/" + f.getFontHeightInPoints() + "/"
                + f.getUnderline() + "/" + f.getColor() + "/" + f.getFontName() + "|locked=" + s.getLocked();
        String value = switch (c.getCellType()) {
            case STRING -> "S:" + c.getStringCellValue();
            case NUMERIC -> s.getDataFormatString().contains("hh:mm") ? "N:<time>" : "N:" + c.getNumericCellValue();
            case BOOLEAN -> "B:" + c.getBooleanCellValue();
            case FORMULA -> "F:" + c.getCellFormula();
            case BLANK -> "BLANK";
            default -> c.getCellType().toString();
        };
        return value + " [" + style + "]";
    }

    static String pane(Sheet s) {
        var p = s.getPaneInformation();
        return p == null ? "none" : p.isFreezePane() + "/" + p.getHorizontalSplitPosition() + "/" + p.getVerticalSplitPosition();
    }

    static String print(Sheet s) {
        PrintSetup p = s.getPrintSetup();
        return p.getLandscape() + "/" + p.getPaperSize() + "/" + p.getFitWidth() + "/" + p.getFitHeight() + "/" + s.getFitToPage();
    }

    static String links(XSSFSheet s) {
        List<String> l = new ArrayList<>();
        for (XSSFHyperlink h : s.getHyperlinkList()) {
            l.add(h.getCellRef() + "=" + h.getAddress());
        }
        return l.toString();
    }

    static String tables(XSSFSheet s) {
        List<String> l = new ArrayList<>();
        for (XSSFTable t : s.getTables()) {
            l.add(t.getName() + "/" + t.getDisplayName() + "/" + t.getArea().formatAsString() + "/"
                    + t.getCTTable().getAutoFilter().getRef() + "/" + t.getCTTable().getTableStyleInfo().getName() + "/"
                    + t.getColumns().stream().map(XSSFTableColumn::getName).toList());
        }
        return l.toString();
    }

    static String validations(XSSFSheet s) {
        List<String> l = new ArrayList<>();
        for (XSSFDataValidation v : s.getDataValidations()) {
            l.add(Arrays.toString(v.getRegions().getCellRangeAddresses()) + "="
                    + Arrays.toString(v.getValidationConstraint().getExplicitListValues()) + "/" + v.getValidationConstraint().getFormula1());
        }
        return l.toString();
    }

    static String charts(XSSFSheet s) {
        XSSFDrawing d = s.getDrawingPatriarch();
        if (d == null) return "none";
        List<String> l = new ArrayList<>();
        for (XSSFChart c : d.getCharts()) {
            l.add(c.getCTChart().toString());
        }
        return l.toString();
    }

    static void eq(String what, Object x, Object y) {
        if (!Objects.equals(x, y)) {
            differences++;
            if (differences <= 40) {
                System.out.println("  DIFF " + what + ":\n    old=" + x + "\n    new=" + y);
            }
        }
    }
}
