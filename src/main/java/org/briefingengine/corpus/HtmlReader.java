package org.briefingengine.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML: the main text only. Scripts, styles, navigation, headers, footers, asides, forms and hidden elements are
 * removed; when the page has a {@code <main>} or a single {@code <article>}, only that is read. Block elements
 * become lines. The title hint is the first {@code <h1>}, else {@code <title>}.
 */
final class HtmlReader implements FormatReader {

    private static final String NON_CONTENT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "address", "hr", "body", "caption");

    @Override
    public ExtractedText read(Path file, ParserLimits limits) throws RejectedFileException, IOException {
        Document doc = Jsoup.parse(TextBytes.read(file), "");
        String title = doc.title();
        doc.select(NON_CONTENT).remove();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text();
        }
        Element root = doc.selectFirst("main");
        if (root == null && doc.select("article").size() == 1) {
            root = doc.selectFirst("article");
        }
        if (root == null) {
            root = doc.body();
        }
        return new ExtractedText(blockText(root), title);
    }

    private static String blockText(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        sb.append("\n\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString();
    }
}
