package org.isnad.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.Whitespace;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article's text in a parsed page, by the method of readability.js (Arc90, Mozilla) and trafilatura
 * (Barbaresi 2021): no rule for any one site.
 *
 * <ol>
 *   <li>Drop what is never article text (scripts, forms' controls, {@code nav}, {@code aside}, the page's
 *       {@code header} and {@code footer}, figures), what the page hides, and furniture named by class, id or
 *       role ({@link PageFurniture}: related, most-read, comments, share, poll, breadcrumbs, tags...). A
 *       {@code form} is not dropped: ASP.NET pages wrap the whole page in one.</li>
 *   <li>Score every text block (an element with no block children and at least 25 characters): one point,
 *       one per comma, one per 100 characters up to three; the score goes to its parent, half to the
 *       grandparent, and a third of the level to the ancestors above, up to five levels.</li>
 *   <li>The container is the candidate with the best score less its link density, with class words
 *       counting a quarter for or against it; its siblings join it when they score near it or read as prose (over 80
 *       characters with few links): a lead paragraph in its own element is kept.</li>
 *   <li>Inside, blocks that are mostly links are dropped (lists of headlines).</li>
 * </ol>
 */
final class MainText {
  /** Elements that break lines. */
  static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "tr", "table", "section", "article", "header", "pre", "dd", "dt", "dl", "main", "figcaption",
      "address", "hr", "td", "th", "form", "footer", "aside", "nav", "figure", "fieldset", "center", "tbody", "thead");
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, object, embed, video, "
      + "audio, canvas, link, meta, input, select, textarea, button, option, label, nav, aside, footer, figure, "
      + "[hidden], [aria-hidden=true]";
  /** Shortest text block that scores (readability's 25 characters). */
  private static final int MIN_BLOCK = 25;
  /** A furniture-named element is kept when it holds at least this share of the page's block text. */
  private static final double GUARD_SHARE = 0.5;

  private MainText() {}

  /** The main text, one paragraph per line; the document is modified. Empty when the page has no text. */
  static String of(Document doc) {
    Element body = doc.body();
    if (body == null) return "";
    prune(doc);
    Map<Element, Integer> blockText = new IdentityHashMap<>();
    int total = blockText(body, blockText);
    dropFurniture(body, blockText, total);
    Map<Element, double[]> scores = new IdentityHashMap<>();
    Element top = topCandidate(body, scores);
    if (top == null) return textOf(body);
    List<Element> parts = withSiblings(top, scores);
    StringBuilder out = new StringBuilder();
    for (Element part : parts) {
      dropLinkLists(part);
      String t = textOf(part);
      if (t.isEmpty()) continue;
      if (out.length() > 0) out.append('\n');
      out.append(t);
    }
    return out.toString();
  }

  /** Drops elements that never hold article text, hidden ones, comments, and the page-level header. */
  static void prune(Document doc) {
    doc.select(NEVER_TEXT).remove();
    for (Element h : doc.select("header")) {
      if (h.closest("article, main, [role=main]") == null) h.remove();
    }
    List<Element> hidden = new ArrayList<>();
    for (Element e : doc.getAllElements()) if (PageFurniture.isHidden(e)) hidden.add(e);
    hidden.forEach(Element::remove);
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment) comments.add(node);
    }, doc);
    comments.forEach(Node::remove);
  }

  /** Sums, for every element, the length of the text blocks inside it; returns the total under {@code root}. */
  private static int blockText(Element root, Map<Element, Integer> sums) {
    int total = 0;
    for (Element e : root.getAllElements()) {
      if (!isTextBlock(e)) continue;
      int len = e.text().length();
      if (len < MIN_BLOCK) continue;
      total += len;
      for (Element a = e; a != null && a != root.parent(); a = a.parent()) sums.merge(a, len, Integer::sum);
    }
    return total;
  }

  /** Removes furniture from the outside in; an element holding most of the page's text is kept whatever its name. */
  private static void dropFurniture(Element root, Map<Element, Integer> blockText, int total) {
    // an explicit stack: a hostile page nests elements deeper than the call stack goes
    java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      for (Element c : new ArrayList<>(e.children())) {
        if (PageFurniture.isFurniture(c) && blockText.getOrDefault(c, 0) < GUARD_SHARE * total) c.remove();
        else todo.push(c);
      }
    }
  }

  /** An element that holds text directly: no block-level children (a {@code p}, or a {@code div} used as one). */
  static boolean isTextBlock(Element e) {
    String tag = e.normalName();
    if (!(tag.equals("p") || tag.equals("div") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
        || tag.equals("section") || tag.equals("article") || tag.equals("dd") || tag.equals("span"))) {
      return false;
    }
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.normalName()) && !c.normalName().equals("br")) return false;
    }
    if (tag.equals("span")) { // a span is a block only when it is the innermost holder of a long text
      Element p = e.parent();
      return p != null && !isInlineHolder(p);
    }
    return true;
  }

  private static boolean isInlineHolder(Element p) {
    String tag = p.normalName();
    return tag.equals("p") || tag.equals("a") || tag.equals("b") || tag.equals("strong") || tag.equals("em")
        || tag.equals("i") || tag.equals("span") || tag.equals("h1") || tag.equals("h2") || tag.equals("h3");
  }

  /**
   * The best-scoring container, or null when no block has text enough to score; {@code scores} receives every
   * candidate's raw score (index 0), its score less link density (index 1) and whether it holds a text block
   * itself (index 2).
   */
  private static Element topCandidate(Element body, Map<Element, double[]> scores) {
    for (Element e : body.getAllElements()) {
      if (!isTextBlock(e)) continue;
      if (e.text().length() < MIN_BLOCK) continue;
      double s = paragraphScore(e);
      Element a = e.parent();
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        double[] cell = scores.computeIfAbsent(a, MainText::initialScore);
        cell[0] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
        if (level == 0) cell[2] = 1;
        if (a == body) break;
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      double[] cell = en.getValue();
      // class words count for the element that holds the paragraphs, not for a page wrapper around it
      // ("cnnContentContainer" around the story, its most-read box and its time stamp)
      // and as a prior: a quarter more or less, so that the text decides (an app promotion in a "content" box)
      if (cell[2] == 1) cell[0] *= classWeight(en.getKey());
      double s = cell[0] * (1 - linkDensity(en.getKey()));
      en.getValue()[1] = s;
      if (s > bestScore) {
        bestScore = s;
        best = en.getKey();
      }
    }
    if (best == null) return null;
    // an only child adds nothing of its own: its parent is the container, so that the siblings are seen
    while (best.parent() != null && best != body && best.parent() != body
        && best.parent().text().length() <= best.text().length() + 20) {
      double[] own = scores.get(best);
      best = best.parent();
      double[] up = scores.computeIfAbsent(best, MainText::initialScore);
      up[1] = Math.max(up[1], own[1]);
    }
    return best;
  }

  /**
   * One point per paragraph, one per comma, one per 100 characters up to three a paragraph; paragraphs
   * are also the parts of a block between two line breaks ({@code <br><br>}), as readability.js reads them.
   */
  private static double paragraphScore(Element e) {
    double score = 0;
    StringBuilder part = new StringBuilder();
    boolean lastBr = false;
    for (Node n : e.childNodes()) {
      if (n instanceof Element c && c.normalName().equals("br")) {
        if (lastBr) {
          score += partScore(part);
          part.setLength(0);
        }
        lastBr = true;
      } else if (n instanceof TextNode t) {
        if (!t.isBlank()) {
          part.append(t.getWholeText());
          lastBr = false;
        }
      } else if (n instanceof Element c) {
        part.append(c.text());
        lastBr = false;
      }
    }
    return score + partScore(part);
  }

  private static double partScore(CharSequence t) {
    String s = t.toString().strip();
    if (s.length() < MIN_BLOCK) return 0;
    return 1 + commas(s) + Math.min(s.length() / 100, 3);
  }

  private static double[] initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return new double[] {s, 0, 0};
  }

  private static double classWeight(Element e) {
    return 1 + (PageFurniture.isPositive(e) ? 0.25 : 0) - (PageFurniture.isFurniture(e) ? 0.25 : 0);
  }

  /** The container with the siblings that belong to it, in page order (readability's sibling rule). */
  private static List<Element> withSiblings(Element top, Map<Element, double[]> scores) {
    List<Element> out = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      out.add(top);
      return out;
    }
    double topScore = score(top, scores);
    double threshold = Math.max(10, topScore * 0.2);
    for (Element s : parent.children()) {
      if (s == top) {
        out.add(s);
        continue;
      }
      double bonus = !top.className().isEmpty() && s.className().equals(top.className()) ? topScore * 0.2 : 0;
      if (score(s, scores) + bonus >= threshold) {
        out.add(s);
        continue;
      }
      String t = s.text();
      double ld = linkDensity(s);
      if ((t.length() > 80 && ld < 0.25) || (t.length() > 0 && t.length() <= 80 && ld == 0 && endsSentence(t)
          && isTextBlock(s))) {
        out.add(s);
      }
    }
    return out;
  }

  private static double score(Element e, Map<Element, double[]> scores) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[1];
  }

  private static boolean endsSentence(String t) {
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '؟' || c == '?' || c == '!' || c == '»' || c == '"';
  }

  /** Removes blocks inside the container that are mostly links (headline lists, tag clouds) or hold no words. */
  private static void dropLinkLists(Element container) {
    List<Element> all = new ArrayList<>(container.getAllElements());
    for (int i = 1; i < all.size(); i++) { // outermost first: a headline list goes with its heading
      Element e = all.get(i);
      if (!attached(e, container)) continue;
      String tag = e.normalName();
      if (!(tag.equals("div") || tag.equals("section") || tag.equals("ul") || tag.equals("ol") || tag.equals("table")
          || tag.equals("dl") || tag.equals("form") || tag.equals("header"))) {
        continue;
      }
      String t = e.text();
      if (t.isEmpty()) continue;
      double ld = linkDensity(e);
      if (ld > 0.5 || (ld > 0.25 && commas(t) < 10 && !PageFurniture.isPositive(e))) e.remove();
    }
  }

  private static boolean attached(Element e, Element root) {
    for (Element a = e; a != null; a = a.parent()) if (a == root) return true;
    return false;
  }

  static double linkDensity(Element e) {
    int len = e.text().length();
    if (len == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1.0, (double) links / len);
  }

  private static int commas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '،') n++;
    }
    return n;
  }

  /** The element's text with one line per block element, whitespace collapsed, empty lines dropped. */
  static String textOf(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) sb.append('\n');
      }
    }, root);
    StringBuilder out = new StringBuilder(sb.length());
    int start = 0;
    for (int i = 0; i <= sb.length(); i++) {
      if (i < sb.length() && sb.charAt(i) != '\n') continue;
      String l = Whitespace.collapse(sb.substring(start, i));
      start = i + 1;
      if (l.isEmpty()) continue;
      if (out.length() > 0) out.append('\n');
      out.append(l);
    }
    return out.toString();
  }
}
