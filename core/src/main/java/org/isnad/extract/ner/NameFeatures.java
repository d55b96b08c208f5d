package org.isnad.extract.ner;

import org.isnad.text.HashMix;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Clitics;
import org.isnad.text.PhraseLexicon;
import org.isnad.text.Tokens;

/**
 * The name finder's features, hashed straight into weight-table buckets: no feature strings are ever
 * built. Each feature is a template number mixed with a hash computed from a range of characters (a
 * token's key, its raw form, an affix) or from small integers (a cluster id, gazetteer bits).
 *
 * <p>Per token: its key (clitic- and article-stripped, {@link Tokens#key}) and its whole normalised form;
 * prefixes 1–3 and suffixes 1–4 of the key and prefixes 1–2 of the raw form (which show the proclitics);
 * its shape; the keys of the two tokens either side and the key bigrams; word clusters learned from
 * unlabelled news at three granularities for the token and its neighbours (and a cluster bigram); how
 * frequent the word is in news; gazetteer membership of the token and its neighbours; for a word with
 * uncertain proclitics ("بحلب", "وإدلب") the key, clusters and gazetteer bits of its stripped form; a
 * full multi-word gazetteer match; trigger words around the token; the previous word's ending; where the
 * token and its neighbours occur in names mined from news by the tagger itself ({@link NameMiner}, kept
 * apart from the curated gazetteer so the model learns how far to trust them) and a full mined-name match.
 *
 * <p>Tried on the held-out tenth of train.conll and left out because they did not help: character
 * trigrams, more cluster conjunctions, next-word ending and proclitic, a larger vocabulary for the
 * clusters, 32-dimensional word vectors as dense features, label-transition features by word, word
 * dropout, news "name rates" from a context-only tagger, mined names per training part from taggers that
 * did not see it (jackknife), and the labels and aliases of Isnad's own catalogues as gazetteer entries.
 */
final class NameFeatures {
  /** Upper bound on features per token. */
  static final int MAX = 64;

  private static final int BOUNDARY = 0x5bd1e995;

  private final NameLexicon lexicon;
  private final int mask;

  NameFeatures(NameLexicon lexicon, int bits) {
    this.lexicon = lexicon;
    this.mask = (1 << bits) - 1;
  }

  NameLexicon lexicon() {
    return lexicon;
  }

  /** Reusable per-thread arrays, grown as needed. */
  static final class Scratch {
    int[] feats = new int[0];
    int[] count = new int[0];
    int[] hk = new int[0];
    int[] cl1 = new int[0];
    int[] cl2 = new int[0];
    int[] fq = new int[0];
    int[] gz = new int[0];
    int[] tr = new int[0];
    int[] ph = new int[0];
    int[] ak = new int[0];
    int[] acl1 = new int[0];
    int[] acl2 = new int[0];
    int[] cl3 = new int[0];
    int[] mn = new int[0];
    int[] mp = new int[0];
    final int[] starts = new int[2];
    final StringBuilder sb = new StringBuilder(32);

    void ensure(int n) {
      if (count.length >= n) return;
      int cap = Math.max(64, Integer.highestOneBit(n) << 1);
      feats = new int[cap * MAX];
      count = new int[cap];
      hk = new int[cap];
      cl1 = new int[cap];
      cl2 = new int[cap];
      fq = new int[cap];
      gz = new int[cap];
      tr = new int[cap];
      ph = new int[cap];
      ak = new int[cap];
      acl1 = new int[cap];
      acl2 = new int[cap];
      cl3 = new int[cap];
      mn = new int[cap];
      mp = new int[cap];
    }
  }

  static int hash(CharSequence s, int from, int to) {
    int h = 0x811c9dc5;
    for (int k = from; k < to; k++) h = (h ^ s.charAt(k)) * 0x01000193;
    return h;
  }

  private static int hashFolded(CharSequence s, int from, int to, int limit) {
    int h = 0x811c9dc5;
    int n = 0;
    for (int k = from; k < to && n < limit; k++) {
      char c = ArabicNormalizer.fold(s.charAt(k));
      if (c == 0) continue;
      h = (h ^ c) * 0x01000193;
      n++;
    }
    return h;
  }

  private int bucket(int template, int value) {
    return HashMix.mix(value * 0x9E3779B1 + template * 0x7FEB352D) & mask;
  }

  /**
   * Features of tokens {@code [from, to)} of {@code t}, the range read as one sentence: token {@code i}'s
   * buckets are {@code s.feats[(i - from) * MAX + k]} for {@code k < s.count[i - from]}.
   */
  void extract(Tokens t, int from, int to, Scratch s) {
    int n = to - from;
    s.ensure(n);
    String text = t.text();
    for (int j = 0; j < n; j++) {
      int i = from + j;
      String key = t.key(i);
      s.hk[j] = hash(key, 0, key.length());
      NameLexicon.Word w = lexicon.word(key);
      int gz = 0;
      int mn = 0;
      if (w != null) {
        mn = w.mined;
        s.cl1[j] = w.coarse;
        s.cl2[j] = w.fine;
        s.cl3[j] = w.finest;
        s.fq[j] = w.freq;
        gz = w.gaz;
        s.tr[j] = w.trigger;
      } else {
        s.cl1[j] = -1;
        s.cl2[j] = -1;
        s.cl3[j] = -1;
        s.fq[j] = 0;
        s.tr[j] = 0;
      }
      s.ak[j] = 0;
      s.acl1[j] = -1;
      s.acl2[j] = -1;
      if (t.kind(i) == Tokens.WORD && t.stemStart(i) == t.start(i)) {
        // uncertain proclitics ("بحلب", "وإدلب"): the most stripped form the lexicon knows gives an
        // alternative key and clusters; its gazetteer bits go in the upper half
        int k = Clitics.candidateStarts(text, t.start(i), t.end(i), s.starts);
        for (int c = 0; c < k; c++) {
          int a = Clitics.afterArticle(text, s.starts[c], t.end(i));
          s.sb.setLength(0);
          ArabicNormalizer.normalize(text, a, t.end(i), s.sb);
          NameLexicon.Word v = lexicon.word(s.sb.toString());
          if (v != null) {
            s.ak[j] = hash(s.sb, 0, s.sb.length());
            s.acl1[j] = v.coarse;
            s.acl2[j] = v.fine;
            if (s.cl3[j] < 0) s.cl3[j] = v.finest;
            gz |= v.gaz << 16;
            mn |= v.mined << 16;
            break;
          }
        }
      }
      s.gz[j] = gz;
      s.mn[j] = mn;
      s.ph[j] = 0;
      s.mp[j] = 0;
    }
    // whole multi-word gazetteer names: B bits low, I bits high
    PhraseLexicon<Integer> phrases = lexicon.phrases();
    for (int j = 0; j < n; j++) {
      if ((s.gz[j] & 0x2222_2222) == 0) continue; // no FIRST bit: no multi-word name starts here
      PhraseLexicon.Match<Integer> m = phrases.match(t, from + j, to);
      if (m == null) continue;
      int kinds = m.value();
      s.ph[j] |= kinds;
      for (int k = j + 1; k < m.endToken() - from; k++) s.ph[k] |= kinds << 4;
    }
    PhraseLexicon<Integer> mined = lexicon.minedPhrases();
    if (mined.size() > 0) {
      for (int j = 0; j < n; j++) {
        if ((s.mn[j] & 0x2222_2222) == 0) continue;
        PhraseLexicon.Match<Integer> m = mined.match(t, from + j, to);
        if (m == null) continue;
        int kinds = m.value();
        s.mp[j] |= kinds;
        for (int k = j + 1; k < m.endToken() - from; k++) s.mp[k] |= kinds << 4;
      }
    }
    for (int j = 0; j < n; j++) tokenFeatures(t, from, n, j, s);
  }

  private void tokenFeatures(Tokens t, int from, int n, int j, Scratch s) {
    int i = from + j;
    int base = j * MAX;
    int[] f = s.feats;
    int c = 0;
    String text = t.text();
    String key = t.key(i);
    int len = key.length();
    byte kind = t.kind(i);
    f[base + c++] = bucket(1, 0);
    f[base + c++] = bucket(2, s.hk[j]);
    f[base + c++] = bucket(3, hashFolded(text, t.start(i), t.end(i), Integer.MAX_VALUE));
    if (kind == Tokens.WORD || kind == Tokens.LATIN) {
      for (int k = 1; k <= 3 && k < len; k++) f[base + c++] = bucket(3 + k, hash(key, 0, k));
      for (int k = 1; k <= 4 && k < len; k++) f[base + c++] = bucket(6 + k, hash(key, len - k, len));
      f[base + c++] = bucket(11, hashFolded(text, t.start(i), t.end(i), 1));
      f[base + c++] = bucket(12, hashFolded(text, t.start(i), t.end(i), 2));
    }
    int stripped = t.stemStart(i) > t.start(i) ? 1 : 0;
    int article = t.end(i) - t.stemStart(i) > len + 1 ? 1 : 0;
    int shape = kind * 64 + Math.min(len, 12) * 4 + stripped * 2 + article;
    f[base + c++] = bucket(13, shape);
    int km1 = j > 0 ? s.hk[j - 1] : BOUNDARY;
    int kp1 = j + 1 < n ? s.hk[j + 1] : BOUNDARY + 1;
    int km2 = j > 1 ? s.hk[j - 2] : BOUNDARY + 2;
    int kp2 = j + 2 < n ? s.hk[j + 2] : BOUNDARY + 3;
    f[base + c++] = bucket(14, km1);
    f[base + c++] = bucket(15, kp1);
    f[base + c++] = bucket(16, km2);
    f[base + c++] = bucket(17, kp2);
    f[base + c++] = bucket(18, km1 * 31 + s.hk[j]);
    f[base + c++] = bucket(19, s.hk[j] * 31 + kp1);
    f[base + c++] = bucket(20, s.cl1[j]);
    f[base + c++] = bucket(21, s.cl2[j]);
    int cm1 = j > 0 ? s.cl2[j - 1] : -2;
    int cp1 = j + 1 < n ? s.cl2[j + 1] : -2;
    f[base + c++] = bucket(22, cm1);
    f[base + c++] = bucket(23, cp1);
    f[base + c++] = bucket(24, j > 0 ? s.cl1[j - 1] : -2);
    f[base + c++] = bucket(25, j + 1 < n ? s.cl1[j + 1] : -2);
    f[base + c++] = bucket(26, s.fq[j]);
    f[base + c++] = bucket(42, s.cl3[j]);
    f[base + c++] = bucket(43, j > 0 ? s.cl3[j - 1] : -2);
    f[base + c++] = bucket(44, j + 1 < n ? s.cl3[j + 1] : -2);
    f[base + c++] = bucket(27, cm1 * 4099 + s.cl2[j]);
    int gz = s.gz[j];
    f[base + c++] = bucket(28, gz);
    for (int b = gz; b != 0 && c < MAX - 32; b &= b - 1) f[base + c++] = bucket(29, Integer.numberOfTrailingZeros(b));
    f[base + c++] = bucket(30, j > 0 ? s.gz[j - 1] : -1);
    f[base + c++] = bucket(31, j + 1 < n ? s.gz[j + 1] : -1);
    f[base + c++] = bucket(32, j > 0 ? s.tr[j - 1] : -1);
    f[base + c++] = bucket(33, j > 1 ? s.tr[j - 2] : -1);
    f[base + c++] = bucket(34, j + 1 < n ? s.tr[j + 1] : -1);
    f[base + c++] = bucket(35, s.tr[j]);
    f[base + c++] = bucket(36, s.ph[j]);
    int mn = s.mn[j];
    f[base + c++] = bucket(45, mn);
    for (int b = mn; b != 0 && c < MAX - 12; b &= b - 1) f[base + c++] = bucket(49, Integer.numberOfTrailingZeros(b));
    f[base + c++] = bucket(46, j > 0 ? s.mn[j - 1] : -1);
    f[base + c++] = bucket(47, j + 1 < n ? s.mn[j + 1] : -1);
    f[base + c++] = bucket(48, s.mp[j]);
    if (s.ak[j] != 0) {
      f[base + c++] = bucket(38, s.ak[j]);
      f[base + c++] = bucket(39, s.acl1[j]);
      f[base + c++] = bucket(40, s.acl2[j]);
    }
    if (j > 0) {
      String prev = t.key(i - 1);
      int pl = prev.length();
      f[base + c++] = bucket(37, hash(prev, Math.max(0, pl - 2), pl));
    }
    s.count[j] = c;
  }
}
