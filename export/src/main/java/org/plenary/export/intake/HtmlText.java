package org.plenary.export.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML-only body, read with jsoup and never rendered: text nodes in order, a line
 * break at each {@code <br>} and around each block, so that template lines stay lines. Scripts and
 * styles give no text.
 */
final class HtmlText implements NodeVisitor {

  private final StringBuilder out = new StringBuilder();

  private HtmlText() {}

  static String of(String html) {
    HtmlText t = new HtmlText();
    Element body = Jsoup.parse(html).body();
    body.select("script, style, head").remove();
    body.traverse(t);
    return t.out.toString();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      out.append(t.text());
    } else if (node instanceof Element e && (e.nameIs("br") || e.isBlock())) {
      out.append('\n');
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e && e.isBlock()) {
      out.append('\n');
    }
  }
}
