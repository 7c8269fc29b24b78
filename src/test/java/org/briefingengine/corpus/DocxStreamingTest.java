package org.briefingengine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, defect 4: a .docx is read in one streaming pass over its main part, with the layout the XWPF reading
 * gave, and its text is refused as soon as it passes the limit (the tree of a 150 MB document.xml never exists).
 */
class DocxStreamingTest {

    @TempDir
    Path dir;

    @Test
    void paragraphsTablesTabsAndBreaksReadAsXwpfReadThem() throws Exception {
        Path file = dir.resolve("memo.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle("Memo on visits");
            doc.createParagraph().createRun().setText("The panel asked to visit.");
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("Before the tab");
            run.addTab();
            run.setText("after it");
            run.addBreak();
            run.setText("and a new line.");
            doc.createParagraph();
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Request");
            table.getRow(0).getCell(1).setText("Answer");
            table.getRow(1).getCell(0).setText("Access to the prison");
            table.getRow(1).getCell(1).setText("Refused");
            table.getRow(1).getCell(1).addParagraph().createRun().setText("then granted");
            doc.createParagraph().createRun().setText("Closing words.");
            doc.write(out);
        }

        ExtractedText text = new DocxReader().read(file, ParserLimits.defaults());

        // XWPF glued a cell's paragraphs together ("Refusedthen"); they are now a space apart.
        assertThat(text.text()).isEqualTo(xwpfText(file).replace("Refusedthen", "Refused then"));
        assertThat(text.text()).contains("Access to the prison | Refused then granted\n");
        assertThat(text.titleHint()).isEqualTo("Memo on visits");
    }

    @Test
    void textPastTheLimitIsRefusedWhileStreaming() throws Exception {
        Path file = dir.resolve("long.docx");
        hugeDocx(file, 20_000);

        assertThatThrownBy(() -> new DocxReader().read(file, new ParserLimits(ParserLimits.MB, 100 * ParserLimits.MB, 100_000)))
                .isInstanceOf(RejectedFileException.class).hasMessageContaining("too much text (more than 100000 characters)");
    }

    /** The text the former reader built with XWPFDocument. */
    private static String xwpfText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder cells = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.append(cells.isEmpty() ? "" : " | ").append(cell.getText().replace('\n', ' '));
                        }
                        sb.append(cells).append('\n');
                    }
                    sb.append('\n');
                }
            }
            return sb.toString();
        }
    }

    /**
     * A .docx whose document.xml repeats one paragraph {@code paragraphs} times: it compresses about 30 to 1, within
     * POI's zip-bomb ratio, so only the text limit stops it (OversizedFilesIT builds a 150 MB one).
     */
    static void hugeDocx(Path file, int paragraphs) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < paragraphs; i++) {
                zip.write(("<w:p><w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="
                        + "\"preserve\">Paragraph " + i + " of a long memo: the panel asked again to visit the prison"
                        + " and to meet detainees in private. </w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
