package org.briefingengine.report.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the table of contents and the PDF outline from the template's own headings: every
 * {@code section[id] > h2} gets a contents entry (with its page number, by CSS {@code target-counter}) and a
 * bookmark, and the cover's {@code h1} a bookmark too. A section added to the template is picked up as it is.
 */
final class ContentsBuilder {

    private ContentsBuilder() {
    }

    static void addContentsAndBookmarks(Document doc) {
        Element bookmarks = doc.head().appendElement("bookmarks");
        for (Element heading : doc.select("[id] > h1, nav[id] > h2, section[id] > h2")) {
            String id = heading.parent().id();
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + id);
            if (heading.tagName().equals("h2") && heading.parent().tagName().equals("section")) {
                for (Element toc : doc.select("[data-slot=toc]")) {
                    toc.appendElement("li").appendElement("a").attr("href", "#" + id).text(heading.text());
                }
            }
        }
    }
}
