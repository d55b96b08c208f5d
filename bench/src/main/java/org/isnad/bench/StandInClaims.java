package org.isnad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnalyzedArticle;
import org.isnad.model.Claim;
import org.isnad.model.Place;
import org.isnad.model.Quantity;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Crude claims for load only, so that {@link LinkBench} exercises event merging, corroboration and
 * contradictions at corpus scale before the real claim extractor is merged: a sentence with one of a few
 * trigger words becomes a claim of that word's type, placed at the first of a few well-known places it
 * names, with the numbers followed by a word as counts. Not a claim extractor; never used outside the bench.
 */
final class StandInClaims {
  private static final Map<String, String> TRIGGERS = Map.of(
      "قصف", "ASSAULT", "غارات", "ASSAULT", "غاره", "ASSAULT", "هجوم", "ASSAULT", "قتل", "ASSAULT",
      "اتهم", "ACCUSE", "اتهمت", "ACCUSE", "اتفاق", "AGREE", "احتجاجات", "PROTEST", "اجلاء", "RETREAT");
  private static final List<String> PLACES = List.of("دمشق", "حلب", "ادلب", "درعا", "دوما", "عفرين", "حمص", "غوطة",
      "غزة", "صنعاء", "حديدة", "بغداد", "طرابلس", "قدس", "كابول", "موسكو", "واشنطن", "طهران", "انقرة", "رياض");

  private StandInClaims() {}

  static AnalyzedArticle add(AnalyzedArticle a) {
    String text = a.article().text();
    Doc doc = Doc.of(text);
    Tokens t = doc.tokens();
    List<Claim> claims = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      String type = null;
      Place place = null;
      List<String> qids = new ArrayList<>();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String k = t.key(i);
        if (type == null) type = TRIGGERS.get(k.replace('ة', 'ه'));
        if (place == null && PLACES.contains(k)) place = new Place(t.surface(i), "place." + k, null, null);
        if (t.kind(i) == Tokens.NUMBER && i + 1 < s.endToken() && t.kind(i + 1) == Tokens.WORD) {
          String digits = ArabicNormalizer.normalize(t.surface(i)).replace(",", "");
          try {
            double v = Double.parseDouble(digits);
            if (v >= 1900 && v <= 2100) continue; // a year
            String id = a.article().id() + "#q" + t.start(i);
            quantities.add(new Quantity(id, t.start(i), t.end(i + 1), text.substring(t.start(i), t.end(i + 1)), v, false,
                t.surface(i + 1)));
            qids.add(id);
          } catch (NumberFormatException e) {
            // "2.5.3" and the like: not a count
          }
        }
      }
      if (type == null || place == null) continue;
      claims.add(new Claim(a.article().id() + "#c" + s.start(), a.article().id(), s.start(), s.end(),
          text.substring(s.start(), s.end()), type, null, null, place, null, qids, null, false, false, null));
    }
    return new AnalyzedArticle(a.article(), a.mentions(), quantities, claims);
  }
}
