package org.briefingengine.corpus;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * The text of a Word document's main part ({@code word/document.xml}), read in one streaming pass (StAX): memory
 * holds the text read so far and the open elements, never the XML tree, and the text is refused as soon as it
 * passes its limit. A 150 MB {@code document.xml} that passes POI's zip-bomb guards thus costs the text limit, not
 * the tree POI's XWPFDocument would build from it.
 *
 * <p>Layout, as the former XWPF reading gave it: a paragraph ends with a line break; a table row is its cells'
 * texts joined by {@code " | "} on one line, and a table ends with an empty line; {@code w:tab} is a tab,
 * {@code w:br}/{@code w:cr} a line break (a space inside a table). Deleted text, field codes and the fallback copy
 * of alternate content are skipped.
 */
final class DocxText {

    private static final Set<String> WORD = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private int tableDepth;
    private int cellsInRow;
    private boolean inText;
    private int skipDepth;

    private DocxText(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The text of {@code documentXml}; refused past {@code maxChars} characters. */
    static String read(InputStream documentXml, int maxChars) throws XMLStreamException, RejectedFileException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        XMLStreamReader xml = factory.createXMLStreamReader(documentXml);
        try {
            return new DocxText(maxChars).read(xml);
        } finally {
            xml.close();
        }
    }

    private String read(XMLStreamReader xml) throws XMLStreamException, RejectedFileException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(xml.getNamespaceURI(), xml.getLocalName());
                case XMLStreamConstants.END_ELEMENT -> end(xml.getNamespaceURI(), xml.getLocalName());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText && skipDepth == 0) {
                        append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> { }
            }
        }
        return text.toString();
    }

    private void start(String namespace, String name) throws RejectedFileException {
        if (skipDepth > 0 || MARKUP_COMPATIBILITY.equals(namespace) && name.equals("Fallback")) {
            skipDepth++;
            return;
        }
        String parent = open.peek();
        open.push(WORD.contains(namespace) ? name : "");
        if (!WORD.contains(namespace)) {
            return;
        }
        switch (name) {
            case "t" -> inText = "r".equals(parent);
            case "tab" -> {
                if ("r".equals(parent)) {
                    append(tableDepth > 0 ? " " : "\t");
                }
            }
            case "br", "cr" -> {
                if ("r".equals(parent)) {
                    append(tableDepth > 0 ? " " : "\n");
                }
            }
            case "noBreakHyphen" -> {
                if ("r".equals(parent)) {
                    append("-");
                }
            }
            case "tbl" -> {
                tableDepth++;
                cellsInRow = 0;
            }
            case "tr" -> cellsInRow = tableDepth == 1 ? 0 : cellsInRow;
            case "tc" -> {
                if (tableDepth == 1 && cellsInRow++ > 0) {
                    trimEnd();
                    append(" | ");
                } else if (tableDepth > 1) {
                    append(" ");
                }
            }
            default -> { }
        }
    }

    private void end(String namespace, String name) throws RejectedFileException {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        open.pop();
        if (!WORD.contains(namespace)) {
            return;
        }
        switch (name) {
            case "t" -> inText = false;
            case "p" -> append(tableDepth > 0 ? " " : "\n");
            case "tr" -> {
                if (tableDepth == 1) {
                    trimEnd();
                    append("\n");
                }
            }
            case "tbl" -> {
                tableDepth--;
                if (tableDepth == 0) {
                    append("\n");
                }
            }
            default -> { }
        }
    }

    /** Drops the spaces that ended a cell's last paragraph. */
    private void trimEnd() {
        int n = text.length();
        while (n > 0 && text.charAt(n - 1) == ' ') {
            n--;
        }
        text.setLength(n);
    }

    private void append(String s) throws RejectedFileException {
        text.append(s);
        checkLimit();
    }

    private void append(char[] chars, int start, int length) throws RejectedFileException {
        if (tableDepth > 0) {
            for (int i = start; i < start + length; i++) {
                text.append(chars[i] == '\n' ? ' ' : chars[i]);
            }
        } else {
            text.append(chars, start, length);
        }
        checkLimit();
    }

    private void checkLimit() throws RejectedFileException {
        if (text.length() > maxChars) {
            throw new RejectedFileException("too much text (more than " + maxChars + " characters)");
        }
    }
}
