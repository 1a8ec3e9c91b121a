package dev.analyze.document;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Readable article text from an HTML page: title, then the paragraphs and headings of the main
 * content, one per paragraph. Scripts, styles, navigation, headers, footers, forms and asides are
 * dropped.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
                + "button, [role=navigation], [aria-hidden=true], .nav, .menu, .sidebar, .advert, .ads")
                .remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        StringBuilder out = new StringBuilder();
        String title = "";
        Element h1 = root == null ? null : root.selectFirst("h1");
        if (h1 != null) {
            title = h1.text().strip();
        } else if (!page.title().isBlank()) {
            title = page.title().strip();
        }
        if (!title.isEmpty()) {
            out.append(title).append("\n\n");
        }
        if (root != null) {
            Elements blocks = root.select("p, h2, h3, h4, li, blockquote, pre");
            for (Element block : blocks) {
                // select() includes the element itself: a container is one with a p or li inside
                if (!block.is("p") && block.select("p, li").size() > 1) {
                    continue; // a container: its own paragraphs are visited separately
                }
                String text = block.text().strip();
                if (!text.isEmpty() && !text.equals(title)) {
                    out.append(text).append("\n\n");
                }
            }
            if (blocks.isEmpty()) {
                String text = root.text().strip();
                if (!text.isEmpty()) {
                    out.append(text).append('\n');
                }
            }
        }
        return out.toString();
    }
}
