package org.isnad.link;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as epoch days, for date windows: ISO dates ("2018-04-09", with or without a time) and RFC 1123 feed dates. */
public final class EpochDay {
  public static final int UNKNOWN = Integer.MIN_VALUE;

  private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private EpochDay() {}

  public static int parse(String s) {
    if (s == null || s.isBlank()) return UNKNOWN;
    s = s.strip();
    try {
      if (s.length() >= 10 && Character.isDigit(s.charAt(0))) return (int) LocalDate.parse(s.substring(0, 10)).toEpochDay();
      return (int) ZonedDateTime.parse(s.replace("GMT", "+0000"), RFC).toLocalDate().toEpochDay();
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return UNKNOWN;
    }
  }

  /** True when both are known and at most {@code window} days apart, or when either is unknown. */
  public static boolean near(int a, int b, int window) {
    return a == UNKNOWN || b == UNKNOWN || Math.abs(a - b) <= window;
  }
}
