package org.isnad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.LexiconFile;

/**
 * The line rules of {@code lexicon/boilerplate.tsv}: which lines, or which starts and ends of lines,
 * are crawl residue rather than the article. Every rule carries a length limit so that it can only ever
 * match a short line, never a sentence of the article; "read also" blocks take the heading and the
 * linked titles under it, and stop at the first line that reads like a paragraph.
 */
final class Boilerplate {
  enum Kind { LINE, HEAD, TAIL, READMORE }

  /**
   * A rule, with the Arabic words its pattern cannot match without ({@code literal}, "" when none is known): a line
   * without them is passed over before any matcher runs (most lines, for the unbounded tail rules).
   */
  record Rule(Kind kind, int maxChars, Pattern pattern, String literal) {
    Rule(Kind kind, int maxChars, Pattern pattern) {
      this(kind, maxChars, pattern, requiredLiteral(pattern.pattern()));
    }

    boolean fits(String line) {
      return (maxChars == 0 || line.length() <= maxChars) && (literal.isEmpty() || line.contains(literal));
    }
  }

  /**
   * The longest run of Arabic letters and spaces that every match of {@code regex} holds: outside any group or
   * character class, not under a quantifier; "" when the pattern has a top-level alternative or no such run.
   */
  static String requiredLiteral(String regex) {
    String best = "";
    int depth = 0;
    boolean inClass = false;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= regex.length(); i++) {
      char c = i < regex.length() ? regex.charAt(i) : 0;
      boolean literal = !inClass && depth == 0 && c != 0 && (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC
          && Character.isLetter(c) || c == ' ' && run.length() > 0);
      if (literal) {
        run.append(c);
        continue;
      }
      if (run.length() > 0) {
        // a quantifier after the run applies to its last character only
        if (c == '?' || c == '*' || c == '{') run.setLength(run.length() - 1);
        String r = run.toString().strip();
        if (r.length() > best.length()) best = r;
        run.setLength(0);
      }
      if (c == '\\') {
        i++; // an escape: never a literal Arabic letter
      } else if (inClass) {
        if (c == ']') inClass = false;
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return "";
      }
    }
    return best;
  }

  /** Longest line taken as a linked title under a "read also" heading. */
  static final int MAX_LINKED_TITLE = 120;
  /** Most linked titles taken under one heading. */
  static final int MAX_LINKED_TITLES = 8;

  private final List<Rule> heads = new ArrayList<>();
  private final List<Rule> tails = new ArrayList<>();
  private final List<Rule> lines = new ArrayList<>();
  private final List<Rule> readMore = new ArrayList<>();

  static Boilerplate load() {
    Boilerplate b = new Boilerplate();
    for (String[] row : LexiconFile.rows("/lexicon/boilerplate.tsv", 4)) {
      Kind kind = Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
      Rule r = new Rule(kind, Integer.parseInt(row[1]),
          Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
      switch (kind) {
        case HEAD -> b.heads.add(r);
        case TAIL -> b.tails.add(r);
        case LINE -> b.lines.add(r);
        case READMORE -> b.readMore.add(r);
      }
    }
    return b;
  }

  /** Removes residue from {@code in} (trimmed lines); returns the lines kept. Removed strings go to {@code removed}. */
  List<String> clean(List<String> in, List<String> removed) {
    List<String> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      String line = trimEnds(in.get(i), removed);
      if (line.isEmpty()) continue;
      if (isLine(line)) {
        removed.add(line);
        continue;
      }
      int heading = readMoreHeading(line);
      if (heading >= 0) {
        removed.add(line);
        if (heading == line.length()) i = linkedTitles(in, i + 1, removed) - 1;
        continue;
      }
      out.add(line);
    }
    return out;
  }

  /** The line without residue at its start and end (recorded), trimmed. */
  private String trimEnds(String line, List<String> removed) {
    String s = line;
    for (Rule r : heads) {
      Matcher m = r.pattern().matcher(s);
      if (r.fits(s) && m.lookingAt() && m.end() > 0) {
        removed.add(s.substring(0, m.end()).strip());
        s = s.substring(m.end()).strip();
      }
    }
    for (Rule r : tails) {
      Matcher m = r.pattern().matcher(s);
      if (r.fits(s) && m.find() && m.end() == s.length() && m.start() < m.end()) {
        String cut = s.substring(m.start()).strip();
        if (!cut.isEmpty()) removed.add(cut);
        s = s.substring(0, m.start()).strip();
      }
    }
    return s;
  }

  private boolean isLine(String line) {
    for (Rule r : lines) {
      if (r.fits(line) && r.pattern().matcher(line).matches()) return true;
    }
    return false;
  }

  /** The end of a "read also" heading at the start of {@code line}, or -1 when there is none. */
  private int readMoreHeading(String line) {
    for (Rule r : readMore) {
      Matcher m = r.pattern().matcher(line);
      if (r.fits(line) && m.lookingAt()) {
        String rest = line.substring(m.end()).strip();
        if (rest.isEmpty()) return line.length();
        // the heading with one linked title on the same line: only when the rest reads like a title, or the heading had a colon
        if (m.group().contains(":") || m.group().contains("：") || looksLikeTitle(rest)) return m.end();
      }
    }
    return -1;
  }

  /**
   * Removes the linked titles that follow a bare "read also" heading, from line {@code from}; returns the
   * index of the first line kept. The last title-like line is kept when it shares a word with the paragraph
   * after it: then it is the article's own subheading, not a link.
   */
  private int linkedTitles(List<String> in, int from, List<String> removed) {
    int end = from;
    while (end < in.size() && end - from < MAX_LINKED_TITLES && looksLikeTitle(in.get(end).strip())) end++;
    if (end > from + 1 && end < in.size() && sharesWord(in.get(end - 1), in.get(end))) end--;
    for (int j = from; j < end; j++) removed.add(in.get(j).strip());
    return end;
  }

  /** Short, with letters, and without the punctuation that ends a sentence or introduces a list. */
  static boolean looksLikeTitle(String s) {
    if (s.isEmpty() || s.length() > MAX_LINKED_TITLE) return false;
    boolean letters = false;
    for (int i = 0; i < s.length() && !letters; i++) letters = Character.isLetter(s.charAt(i));
    if (!letters) return false;
    int i = s.length() - 1;
    while (i > 0 && "\"'»”’)]".indexOf(s.charAt(i)) >= 0) i--;
    return ".:؛;،,!…".indexOf(s.charAt(i)) < 0;
  }

  private static boolean sharesWord(String title, String paragraph) {
    String p = " " + ArabicNormalizer.normalize(paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph) + " ";
    for (String w : ArabicNormalizer.normalize(title).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4 && p.contains(w)) return true;
    }
    return false;
  }
}
