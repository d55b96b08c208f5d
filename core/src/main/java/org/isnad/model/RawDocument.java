package org.isnad.model;

/**
 * A document as a reader found it, before cleaning: either plain text or HTML in {@link #body()}.
 * Metadata fields are {@code null} when the container did not carry them. {@link #byline()} is the
 * container's byline or credit line when it has one (e.g. ANT's "لندن - رويترز"): the cleaner reads
 * the dateline and the source from it.
 */
public record RawDocument(String id, String path, String outlet, String url, String published,
                          String title, String body, boolean html, String byline) {
  /** A document without a byline. */
  public RawDocument(String id, String path, String outlet, String url, String published,
                     String title, String body, boolean html) {
    this(id, path, outlet, url, published, title, body, html, null);
  }

  public RawDocument withBody(String newBody, boolean isHtml) {
    return new RawDocument(id, path, outlet, url, published, title, newBody, isHtml, byline);
  }
}
