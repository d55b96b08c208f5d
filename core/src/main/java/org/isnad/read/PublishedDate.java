package org.isnad.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the publication dates found in containers and page metadata to ISO {@code yyyy-MM-dd}:
 * ISO dates and date-times ({@code 2015-07-21 02:51:32}, {@code 2018-02-18T21:35:43+04:00}), RFC 1123 /
 * RFC 822 as feeds and ANT write them ({@code Sun, 18 Feb 2018 21:35:43 +0400}), {@code dd/MM/yyyy},
 * and English month names. The day is the one the publisher wrote (its own time zone), not UTC's; when the
 * outlet's zone is known ({@link #iso(String, ZoneId)}), a timestamp is read in it, so that "2019-02-08T23:30:00Z" from
 * Tunis is 9 February.
 */
public final class PublishedDate {
  private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final DateTimeFormatter[] TEXTUAL = {
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH),
  };
  private static final DateTimeFormatter[] DATES = {
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH),
  };

  private PublishedDate() {}

  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]XXX", Locale.ROOT);

  /**
   * The ISO date in {@code s} as the outlet in {@code zone} dates it: a timestamp with an offset is moved to the
   * zone; anything else (a bare date, a local time, or no zone known) is read as {@link #iso(String)} reads it.
   */
  public static String iso(String s, ZoneId zone) {
    if (s == null || zone == null) return iso(s);
    String t = s.strip();
    for (DateTimeFormatter f : TEXTUAL) {
      try {
        return ZonedDateTime.parse(t, f).withZoneSameInstant(zone).toLocalDate().toString();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, SPACED}) {
      try {
        return OffsetDateTime.parse(t, f).atZoneSameInstant(zone).toLocalDate().toString();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    return iso(s);
  }

  /** The ISO date in {@code s}, or null when {@code s} is null, blank or not a date this class reads. */
  public static String iso(String s) {
    if (s == null) return null;
    String t = s.strip();
    if (t.isEmpty()) return null;
    Matcher m = ISO.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    m = DMY.matcher(t);
    if (m.find()) return date(m.group(3), m.group(2), m.group(1));
    m = COMPACT.matcher(t);
    if (m.find()) return date(m.group(1), m.group(2), m.group(3));
    for (DateTimeFormatter f : TEXTUAL) {
      try {
        return ZonedDateTime.parse(t, f).toLocalDate().toString();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    try {
      return OffsetDateTime.parse(t).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      // next form
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(t, f).toString();
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    return null;
  }

  private static String date(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
