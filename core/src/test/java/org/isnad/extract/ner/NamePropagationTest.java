package org.isnad.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.SharedData;
import org.isnad.model.MentionType;
import org.isnad.model.RawDocument;
import org.isnad.read.InputReader;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;
import org.junit.jupiter.api.Test;

/**
 * {@link NameTagger#propagate} finds a document's names again in one pass over its tokens: the same names
 * as a scan of the whole document per name (the implementation before, kept here as the reference), also
 * in a document of many copies of one article.
 */
class NamePropagationTest {
  // ANT corpus, Al Arabiya, AL-culture-106-20180301 (lines 3-4 and 6 of the article)
  private static final String ARTICLE = "وأكد الصحافي العراقي، حيدر النعيمي، زواج الفنان كاظم الساهر من الفتاة التي تنتمي إلى مدينة #صفاقس.\n"
      + "وتناقلت وسائل الإعلام خبر احتفال الساهر بعقد قرانه بالعاصمة الأميركية #واشنطن.\n"
      + "وكان النشطاء قد تداولوا أيضا عبر صفحات مواقع التواصل الاجتماعي صورا لكاظم الساهر برفقة الفتاة في مناسبات أخرى، "
      + "ووجهوا نداءات للساهر بأن يحسم الأمر";

  @Test
  void eachCopyOfARepeatedArticleGetsTheNamesOfOne() {
    NameTagger tagger = NameTagger.load();
    Doc one = Doc.of(ARTICLE);
    List<NameSpan> once = tagger.tag(one);
    int copies = 300;
    Doc many = Doc.of(String.join("\n", java.util.Collections.nCopies(copies, ARTICLE)));
    int tokens = one.tokens().size();
    assertThat(many.tokens().size()).isEqualTo(tokens * copies);
    List<String> expected = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (NameSpan s : once) expected.add(s.type() + " " + (s.firstToken() + c * tokens) + "-" + (s.endToken() + c * tokens));
    }
    List<String> got = new ArrayList<>();
    for (NameSpan s : tagger.tag(many)) got.add(s.type() + " " + s.firstToken() + "-" + s.endToken());
    assertThat(got).hasSize(7 * copies).isEqualTo(expected);
  }

  @Test
  void findsWhatAScanPerNameFindsOnAntArticles() {
    NameTagger tagger = NameTagger.load();
    NameLexicon lexicon = NameLexicon.load();
    List<RawDocument> docs = new ArrayList<>();
    InputReader.read(List.of(SharedData.require("news/ant-multisource-2018.jsonl.gz")), d -> {
      if (docs.size() < 400) docs.add(d);
    }, p -> {});
    int propagated = 0;
    for (RawDocument raw : docs) {
      Doc d = Doc.of(raw.body());
      List<NameSpan> decoded = new ArrayList<>();
      for (Sentence s : d.sentences()) tagger.spans(d.tokens(), s.firstToken(), s.endToken(), decoded);
      List<NameSpan> got = tagger.propagate(d.tokens(), decoded, NameTagger.PROPAGATION_CONFIDENCE);
      assertThat(got).as(raw.id()).isEqualTo(scanPerName(d.tokens(), decoded, NameTagger.PROPAGATION_CONFIDENCE, lexicon));
      propagated += got.size() - decoded.size();
    }
    assertThat(propagated).as("names found again in 400 articles (353 with the shipped model)").isGreaterThan(300);
  }

  /** The implementation before: for each full name, a scan of every token. */
  private static List<NameSpan> scanPerName(Tokens t, List<NameSpan> spans, double minConfidence, NameLexicon lexicon) {
    if (spans.isEmpty()) return spans;
    Map<String, MentionType> single = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    List<String[]> fullNames = new ArrayList<>();
    List<MentionType> fullTypes = new ArrayList<>();
    for (NameSpan s : spans) {
      if (s.confidence() < minConfidence) continue;
      int len = s.endToken() - s.firstToken();
      if (len > 1 && len <= 4) {
        String[] keys = new String[len];
        for (int k = 0; k < len; k++) keys[k] = t.key(s.firstToken() + k);
        fullNames.add(keys);
        fullTypes.add(s.type());
      }
      int i = s.endToken() - 1;
      if (len > 1 && s.type() != MentionType.PER) continue;
      String key = t.key(i);
      if (key.length() < 3 || t.kind(i) != Tokens.WORD) continue;
      NameLexicon.Word w = lexicon.word(key);
      if (w != null && w.trigger != 0) continue;
      MentionType prev = single.putIfAbsent(key, s.type());
      if (prev != null && prev != s.type()) conflicting.add(key);
    }
    conflicting.forEach(single::remove);
    if (single.isEmpty() && fullNames.isEmpty()) return spans;
    boolean[] covered = new boolean[t.size()];
    for (NameSpan s : spans) for (int i = s.firstToken(); i < s.endToken(); i++) covered[i] = true;
    List<NameSpan> out = new ArrayList<>(spans);
    int before = out.size();
    for (int f = 0; f < fullNames.size(); f++) {
      String[] name = fullNames.get(f);
      for (int i = 0; i + name.length <= t.size(); i++) {
        if (!startsName(t, i, name[0])) continue;
        boolean ok = true;
        for (int k = 0; k < name.length && ok; k++) ok = !covered[i + k] && (k == 0 || t.key(i + k).equals(name[k]));
        if (!ok) continue;
        out.add(new NameSpan(i, i + name.length, fullTypes.get(f), minConfidence));
        for (int k = 0; k < name.length; k++) covered[i + k] = true;
      }
    }
    for (int i = 0; i < t.size() && !single.isEmpty(); i++) {
      if (covered[i] || t.kind(i) != Tokens.WORD) continue;
      MentionType type = single.get(t.key(i));
      if (type == null) continue;
      out.add(new NameSpan(i, i + 1, type, minConfidence));
    }
    if (out.size() > before) out.sort(java.util.Comparator.comparingInt(NameSpan::firstToken));
    return out;
  }

  private static boolean startsName(Tokens t, int i, String key) {
    if (t.kind(i) != Tokens.WORD) return false;
    String k = t.key(i);
    if (k.equals(key)) return true;
    if (k.length() != key.length() + 1 || !k.endsWith(key)) return false;
    char c = k.charAt(0);
    return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك';
  }
}
