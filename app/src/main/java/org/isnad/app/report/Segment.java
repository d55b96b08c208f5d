package org.isnad.app.report;

/**
 * A run of article text with how to show it: plain ({@code cls == null}), marked (a copied passage, a
 * search hit, a mention) or a link. Templates print {@link #text()} escaped; nothing here is HTML.
 *
 * @param cls   space-separated CSS classes chosen by the code (never from data), or {@code null}
 * @param href  a link target built by the code from validated ids, or {@code null}
 * @param title a tooltip (escaped like any text), or {@code null}
 * @param id    an anchor name built by the code ({@link Links#anchor}) where a marked span starts, or {@code null}
 */
public record Segment(String text, String cls, String href, String title, String id) {
  public Segment(String text, String cls, String href, String title) {
    this(text, cls, href, title, null);
  }

  public static Segment plain(String text) {
    return new Segment(text, null, null, null);
  }
}
