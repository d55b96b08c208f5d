package org.isnad.extract.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;
import org.isnad.text.Tokens;

/**
 * Reads time expressions ({@code /lexicon/date-words.tsv}) and resolves them against the article's
 * publication date: "اليوم", "ظهر اليوم" → the publication day; "أمس" → the day before; "الأربعاء",
 * "مساء الثلاثاء" → the latest such weekday on or before publication ("الخميس الماضي": strictly before);
 * "15 فبراير 2018", "١٥ شباط/فبراير", "25 أغسطس (آب)" → that day (the year inferred from publication when
 * absent); "كانون الأول" → that month ({@code yyyy-MM}); "الشهر الماضي" → {@code yyyy-MM}; "الأسبوع
 * الماضي" → an ISO week ({@code yyyy-Www}); "عام 2005" → {@code yyyy}. Relative words with no publication
 * date resolve to {@code null}: nothing anchors them.
 */
public final class DateResolver {
  /** A time expression at tokens {@code [first, end)}: its kind and resolved ISO value (or null). */
  public record TimeExpr(int first, int end, String kind, String iso) {}

  private record Row(String[] words, String kind, String value) {}

  private final Map<String, List<Row>> byFirst = new HashMap<>();

  private DateResolver() {}

  public static DateResolver load() {
    DateResolver d = new DateResolver();
    for (String[] r : LexiconFile.rows("/lexicon/date-words.tsv", 3)) {
      String[] w = ArabicNormalizer.normalize(r[0]).split("\\s+");
      d.byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Row(w, r[1], r[2]));
    }
    return d;
  }

  /** The word without a leading و/ف and then ب/ل/ك ("وأمس" → امس, "بالأمس" stays), the article kept. */
  private static List<String> forms(String w) {
    List<String> out = new ArrayList<>(3);
    out.add(w);
    String s = w;
    if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
      out.add(s);
    }
    if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) out.add(s.substring(1));
    return out;
  }

  private Row row(Tokens t, int i, int limit, int[] endOut) {
    if (t.kind(i) != Tokens.WORD) return null;
    Row best = null;
    for (String f : forms(t.norm(i))) {
      List<Row> rows = byFirst.get(f);
      if (rows == null) continue;
      for (Row r : rows) {
        int j = i + 1;
        boolean ok = true;
        for (int k = 1; k < r.words.length && ok; k++, j++) {
          ok = j < limit && forms(t.norm(j)).contains(r.words[k]);
        }
        if (ok && (best == null || r.words.length > best.words.length)) {
          best = r;
          endOut[0] = j;
        }
      }
    }
    return best;
  }

  private static int number(Tokens t, int i) {
    if (t.kind(i) != Tokens.NUMBER) return -1;
    String s = t.norm(i);
    if (s.length() > 4) return -1;
    for (int k = 0; k < s.length(); k++) if (s.charAt(k) < '0' || s.charAt(k) > '9') return -1;
    return Integer.parseInt(s);
  }

  /** Time expressions in tokens {@code [from, to)}, in text order, resolved against {@code published}. */
  public List<TimeExpr> find(Tokens t, int from, int to, String published) {
    LocalDate pub = parse(published);
    List<TimeExpr> out = new ArrayList<>();
    int[] end = new int[1];
    for (int i = from; i < to; i++) {
      // "15 فبراير 2018", "١٥ شباط/فبراير", "في 25 أغسطس (آب)"
      int day = number(t, i);
      if (day >= 1 && day <= 31 && i + 1 < to) {
        Row m = row(t, i + 1, to, end);
        if (m != null && m.kind.equals("MONTH")) {
          int j = skipAltMonth(t, end[0], to);
          int year = j < to ? number(t, j) : -1;
          if (year >= 1900 && year <= 2100) j++;
          else year = -1;
          out.add(new TimeExpr(i, j, "DATE", dayOfMonth(pub, year, Integer.parseInt(m.value), day)));
          i = j - 1;
          continue;
        }
      }
      if (t.kind(i) == Tokens.NUMBER && i > from) {
        int y = number(t, i);
        String prev = WordForms.bare(t.norm(i - 1));
        if (y >= 1900 && y <= 2100 && (prev.equals("عام") || prev.equals("سنة") || prev.equals("العام"))) {
          out.add(new TimeExpr(i - 1, i + 1, "YEAR", Integer.toString(y)));
          continue;
        }
      }
      Row r = row(t, i, to, end);
      if (r == null) continue;
      int j = end[0];
      switch (r.kind) {
        case "DAY" -> out.add(new TimeExpr(i, j, "DAY", pub == null ? null : pub.plusDays(Integer.parseInt(r.value)).toString()));
        case "WEEKDAY" -> {
          int dir = 0;
          if (j < to) {
            int[] e2 = new int[1];
            Row after = row(t, j, to, e2);
            if (after != null && (after.kind.equals("PAST") || after.kind.equals("NEXT"))) {
              dir = after.kind.equals("PAST") ? -1 : 1;
              j = e2[0];
            }
          }
          out.add(new TimeExpr(i, j, "WEEKDAY", weekday(pub, Integer.parseInt(r.value), dir)));
        }
        case "MONTH" -> {
          boolean multi = r.words.length > 1;
          int k = skipAltMonth(t, j, to);
          int year = k < to ? number(t, k) : -1;
          boolean after = i > from && (WordForms.bare(t.norm(i - 1)).equals("شهر") || t.norm(i - 1).endsWith("شهري"));
          if (year >= 1900 && year <= 2100) {
            out.add(new TimeExpr(i, k + 1, "MONTH", YearMonth.of(year, Integer.parseInt(r.value)).toString()));
            j = k + 1;
          } else if (multi || after || r.words[0].length() >= 5) {
            int dir = 0;
            if (k < to) {
              int[] e2 = new int[1];
              Row a = row(t, k, to, e2);
              if (a != null && a.kind.equals("PAST")) {
                dir = -1;
                k = e2[0];
              }
            }
            out.add(new TimeExpr(i, k, "MONTH", month(pub, Integer.parseInt(r.value), dir)));
            j = k;
          } else {
            continue;
          }
        }
        case "REL" -> out.add(new TimeExpr(i, j, "REL", relative(pub, r.value)));
        default -> {
          continue;
        }
      }
      i = j - 1;
    }
    return out;
  }

  /** Skips "/فبراير", "(آب)" after a month name: the same month in the other naming. */
  private int skipAltMonth(Tokens t, int j, int to) {
    int[] e = new int[1];
    if (j < to && (t.is(j, '/') || t.is(j, '(')) && j + 1 < to) {
      Row alt = row(t, j + 1, to, e);
      if (alt != null && alt.kind.equals("MONTH")) {
        int k = e[0];
        if (k < to && t.is(k, ')')) k++;
        return k;
      }
    }
    return j;
  }

  /** The first resolved date among the expressions (the most specific one wins on a tie in position). */
  public String resolve(Tokens t, int from, int to, String published) {
    for (TimeExpr e : find(t, from, to, published)) if (e.iso() != null) return e.iso();
    return null;
  }

  /** The publication day as {@code yyyy-MM-dd}, or null when {@code published} gives none. */
  public static String day(String published) {
    LocalDate d = parse(published);
    return d == null ? null : d.toString();
  }

  /** The publication day from an ISO date or timestamp, or (from raw feeds) an RFC 1123 date; null otherwise. */
  static LocalDate parse(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      try {
        return java.time.ZonedDateTime.parse(published.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String dayOfMonth(LocalDate pub, int year, int month, int day) {
    if (year < 0) {
      if (pub == null) return null;
      year = pub.getYear();
      if (YearMonth.of(year, month).atDay(1).isAfter(pub.plusDays(31))) year--;
    }
    YearMonth ym = YearMonth.of(year, month);
    if (day > ym.lengthOfMonth()) return null;
    return ym.atDay(day).toString();
  }

  private static String weekday(LocalDate pub, int isoDay, int dir) {
    if (pub == null) return null;
    DayOfWeek d = DayOfWeek.of(isoDay);
    LocalDate r = dir > 0 ? pub.with(TemporalAdjusters.next(d))
        : dir < 0 ? pub.with(TemporalAdjusters.previous(d)) : pub.with(TemporalAdjusters.previousOrSame(d));
    return r.toString();
  }

  private static String month(LocalDate pub, int month, int dir) {
    if (pub == null) return null;
    int year = pub.getYear();
    if (month > pub.getMonthValue() || (dir < 0 && month == pub.getMonthValue())) year--;
    return YearMonth.of(year, month).toString();
  }

  private static String relative(LocalDate pub, String what) {
    if (pub == null) return null;
    return switch (what) {
      case "LAST_WEEK" -> week(pub.minusWeeks(1));
      case "NEXT_WEEK" -> week(pub.plusWeeks(1));
      case "LAST_MONTH" -> YearMonth.from(pub).minusMonths(1).toString();
      case "THIS_MONTH" -> YearMonth.from(pub).toString();
      case "LAST_YEAR" -> Integer.toString(pub.getYear() - 1);
      case "THIS_YEAR" -> Integer.toString(pub.getYear());
      default -> null;
    };
  }

  private static String week(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
