package org.isnad.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * Dates written out in Arabic script, as pages print them beside the headline: "الجمعة 8 فيفري 2019",
 * "الأربعاء، 28 آب/اغسطس 2013", "٣ كانون الثاني 2026", "السبت 9 يونيو 2018 م". Month names of the three
 * series (Levantine, Egyptian/Gulf, Maghreb) and weekday names come from {@code lexicon/date-words.tsv}.
 * A weekday that does not fall on the date rejects it: then the text was misread, or is not a date.
 */
final class TextDates {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Pattern DATE;

  static {
    List<String> months = new ArrayList<>();
    List<String> days = new ArrayList<>();
    for (String[] r : LexiconFile.rows("/lexicon/date-words.tsv", 3)) {
      String w = ArabicNormalizer.normalize(r[0]);
      if (r[1].equals("MONTH")) {
        MONTHS.put(w, Integer.parseInt(r[2]));
        months.add(Pattern.quote(w));
      } else if (r[1].equals("WEEKDAY")) {
        WEEKDAYS.put(w, Integer.parseInt(r[2]));
        days.add(Pattern.quote(w));
      }
    }
    months.sort(Comparator.comparingInt(String::length).reversed()); // "كانون الثاني" before "كانون"
    String month = "(" + String.join("|", months) + ")";
    DATE = Pattern.compile("(?:(?<![\\p{L}])(" + String.join("|", days) + ")\\s*[،,\\-–]?\\s*)?"
        + "(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?" + month + "(?![\\p{L}])(?:\\s*[/(\\-]\\s*" + month + "\\)?)?\\s*[،,]?\\s*(\\d{4})(?!\\d)");
  }

  private TextDates() {}

  /** The first date written in {@code text}, as ISO {@code yyyy-MM-dd}, or null. */
  static String first(String text) {
    if (text == null || text.isEmpty()) return null;
    Matcher m = DATE.matcher(ArabicNormalizer.normalize(text));
    while (m.find()) {
      String iso = date(m);
      if (iso != null) return iso;
    }
    return null;
  }

  private static String date(Matcher m) {
    int month = MONTHS.get(m.group(3));
    if (m.group(4) != null && MONTHS.get(m.group(4)) != month) return null; // "آب/اغسطس" names one month twice
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(5)), month, Integer.parseInt(m.group(2)));
      if (d.getYear() < 1900 || d.getYear() > 2100) return null;
      if (m.group(1) != null && d.getDayOfWeek().getValue() != WEEKDAYS.get(m.group(1))) return null;
      return d.toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
