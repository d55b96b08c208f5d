package org.isnad.model;

/**
 * A document as a reader found it, before cleaning: either plain text or HTML in {@link #body()}.
 * Metadata fields are {@code null} when the container did not carry them.
 */
public record RawDocument(String id, String path, String outlet, String url, String published,
                          String title, String body, boolean html) {
  public RawDocument withBody(String newBody, boolean isHtml) {
    return new RawDocument(id, path, outlet, url, published, title, newBody, isHtml);
  }
}
