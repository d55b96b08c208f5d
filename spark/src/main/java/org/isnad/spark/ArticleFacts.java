package org.isnad.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.isnad.link.ArticleDigest;
import org.isnad.link.DuplicateFinder;

/**
 * What the cross-article stages but events need of one article, read from its digest once (a digest holds
 * its claims as JSON, which is most of the cost of reading it) and kept beside it: about 1.5 KB an article.
 *
 * @param sketch   its duplicate sketch ({@link DuplicateFinder#sketch}), or null for a short article
 * @param words    its distinct word hashes, sorted (the document frequencies of stories)
 */
record ArticleFacts(String id, String outlet, int day, String title, List<String> entities,
                    Map<String, Map<String, Integer>> labels, DuplicateFinder.Sketch sketch, int[] words)
    implements Serializable {
  private static final DuplicateFinder DUPLICATES = new DuplicateFinder();

  static ArticleFacts of(int doc, byte[] digest) {
    ArticleDigest a = ReuseStage.decode(digest);
    int[] w = a.wordHash().clone();
    Arrays.sort(w);
    int m = 0;
    for (int i = 0; i < w.length; i++) if (i == 0 || w[i] != w[i - 1]) w[m++] = w[i];
    return new ArticleFacts(a.id(), a.outlet(), a.day(), a.title(), List.copyOf(a.entities()), a.labels(),
        DUPLICATES.sketch(doc, a), Arrays.copyOf(w, m));
  }
}
