package org.isnad.spark;

import java.io.Serializable;
import org.isnad.model.RawDocument;

/** A {@link RawDocument} as Spark moves it between stages (core's records are not {@link Serializable}). */
public record Document(String id, String path, String outlet, String url, String published, String title,
                       String body, boolean html, String byline) implements Serializable {
  static Document of(RawDocument d) {
    return new Document(d.id(), d.path(), d.outlet(), d.url(), d.published(), d.title(), d.body(), d.html(), d.byline());
  }

  RawDocument raw() {
    return new RawDocument(id, path, outlet, url, published, title, body, html, byline);
  }
}
