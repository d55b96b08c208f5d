package org.isnad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.Article;
import org.isnad.model.RawDocument;
import org.isnad.read.HtmlPage;
import org.isnad.text.Whitespace;

/**
 * Turns a raw document into a cleaned article: crawl residue removed (and every removed string recorded
 * in {@link Article#removed()}), and the outlet, dateline and title inferred when the metadata lacks them.
 *
 * <p>What is residue is data ({@code lexicon/boilerplate.tsv}, see {@link Boilerplate}), a line classifier trained on
 * annotated lines ({@link ResidueLines}), plus entities and
 * stray {@code &} ({@link EntityResidue}); every rule is bounded so that it can only take a short line or
 * the marked start or end of one, never a sentence of the article. Text is kept as published otherwise:
 * no-break and repeated spaces become one space, paragraphs are separated by {@code "\n"}.
 *
 * <p>Inference, in order of trust: the container's metadata; the byline (ANT: "لندن - رويترز"); a dateline
 * opening the text ("دمشق - سانا:", "سبق- الرياض:"); "بيان تلقت «...» نسخة منه"; a closing credit line
 * naming the outlet ("فرانس24/ أ ف ب"); the URL's host ({@code lexicon/outlets.tsv}); else null.
 * Thread-safe: all state is immutable after {@link #load()}.
 */
public final class ArticleCleaner {
  private static final Pattern COPY_QUOTED = Pattern.compile(
      "(?:تلقت|تلقّت|تسلمت|تسلّمت|حصلت|اطلعت|اطّلعت|زودت|زوّدت)\\s+(?:على\\s+)?(?:صحيفة\\s+|جريدة\\s+|وكالة\\s+|موقع\\s+|قناة\\s+|شبكة\\s+)?"
          + "[«\"“]([^»\"”]{2,40})[»\"”]\\s+(?:على\\s+|ب)?(?:نسخة|بنسخة)\\s+منه");
  private static final Pattern COPY_BARE = Pattern.compile(
      "(?:تلقت|تلقّت|تسلمت|تسلّمت|حصلت|اطلعت|اطّلعت)\\s+(?:على\\s+)?([^\\s«»\"“”،,.]+(?:\\s+[^\\s«»\"“”،,.]+){0,3}?)\\s+(?:على\\s+)?نسخة\\s+منه");
  /** Where a footer names its outlet: after "صحيفة", "موقع", "لـ" ... (up to three words). */
  private static final Pattern FOOTER_NAME = Pattern.compile(
      "(?:صحيفة|جريدة|مجلة|موقع|قناة|شبكة|لـ|©)\\s*[«\"“]?([^\\s«»\"“”:،,.]+(?:\\s+[^\\s«»\"“”:،,.]+){0,2})");
  /** A closing credit line: only outlet and agency names between separators ("فرانس24/ أ ف ب"). */
  private static final Pattern CREDIT_SPLIT = Pattern.compile("\\s*(?:[-–—/|،,]|\\s\\+\\s|\\s[وو]\\s?)\\s*");

  private final Boilerplate boilerplate;
  private final ResidueLines residue;
  private final Outlets outlets;
  private final Datelines datelines;

  private ArticleCleaner(Boilerplate boilerplate, ResidueLines residue, Outlets outlets) {
    this.boilerplate = boilerplate;
    this.residue = residue;
    this.outlets = outlets;
    this.datelines = new Datelines(outlets);
  }

  public static ArticleCleaner load() {
    return new ArticleCleaner(Boilerplate.load(), ResidueLines.load(), Outlets.load());
  }

  /**
   * Drops characters outside the Basic Multilingual Plane (emoji, flags, with their joiners and
   * variation selectors), recording each run in {@code removed}. They carry nothing an analyst codes, and
   * without them an offset means the same in Java's UTF-16 indices (SPEC) and in code points (Python,
   * JavaScript's {@code Array.from}), so every consumer slices the same text.
   */
  static String withoutPictographs(String text, List<String> removed) {
    int i = 0;
    int n = text.length();
    while (i < n && !Character.isSurrogate(text.charAt(i))) i++;
    if (i == n) return text;
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        int s = i;
        while (i < n && (Character.isSurrogate(text.charAt(i)) || text.charAt(i) == '\uFE0F' || text.charAt(i) == '\u200D')) i++;
        removed.add(text.substring(s, i));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The outlet as it writes itself (SPEC): a container's label such as ANT's "skynews" becomes "سكاي نيوز
   * عربية" when the article's address is on that outlet's site or the label is a known spelling of it;
   * an unknown label is kept as given.
   */
  private String ownName(String label, String url) {
    if (label == null) return null;
    Outlets.Outlet o = outlets.byUrl(url);
    if (o == null) o = outlets.byName(label);
    return o != null ? o.name() : label;
  }

  /** {@code raw} cleaned alone: no other page of its host is known ({@link SiteTemplate#NONE}). */
  public Article clean(RawDocument raw) {
    return clean(raw, SiteTemplate.NONE);
  }

  /**
   * {@code raw} cleaned with the recurrence of lines on the other pages of its host in the run ({@code run}, gathered
   * by a first pass over the run's documents, {@link SiteTemplate#page}): a pure function of the document and the
   * table.
   */
  public Article clean(RawDocument raw, SiteTemplate run) {
    String body = raw.body() == null ? "" : raw.body();
    String title = blankToNull(raw.title());
    String published = org.isnad.read.PublishedDate.iso(raw.published());
    String outlet = ownName(blankToNull(raw.outlet()), raw.url());
    if (raw.html()) {
      HtmlPage page = HtmlPage.parse(body, raw.url());
      body = page.text();
      if (title == null) title = page.title();
      if (published == null) published = page.published();
      if (outlet == null) outlet = page.siteName();
    }
    if (title != null && !raw.html() && isDateline(title)) {
      // "الصباح نيوز – تونس (خاص)" read as a plain text's title line: it is the article's dateline
      body = title + "\n" + body;
      title = null;
    }
    List<String> removed = new ArrayList<>();
    // invisible controls and glyph forms first: every later rule, and the analysis, sees plain letters
    title = blankToNull(PresentationForms.toLetters(FormatControls.strip(title, removed)));
    body = PresentationForms.toLetters(FormatControls.strip(body, removed));
    List<String> lines = withoutResidue(boilerplate.clean(lines(body, removed), removed), run, SiteTemplate.host(raw),
        removed);
    String credit = creditLine(lines, removed);
    String text = withoutPictographs(String.join("\n", lines), removed);

    String byline = PresentationForms.toLetters(FormatControls.strip(raw.byline(), removed));
    Datelines.Dateline fromByline = datelines.read(blankToNull(byline), true);
    Datelines.Dateline fromText = lines.isEmpty() ? null : datelines.read(lines.get(0), false);
    String dateline = fromByline != null && fromByline.place() != null ? fromByline.place()
        : fromText != null ? fromText.place() : null;

    if (outlet == null) outlet = publisher(fromByline);
    if (outlet == null) outlet = publisher(fromText);
    if (outlet == null) outlet = copyReceiver(text);
    if (outlet == null && credit != null) outlet = credit;
    if (outlet == null) outlet = footerOutlet(removed);
    if (outlet == null) {
      Outlets.Outlet o = outlets.byUrl(raw.url());
      if (o != null) outlet = o.name();
    }
    if (title == null && lines.size() > 1 && Boilerplate.looksLikeTitle(lines.get(0)) && fromText == null) {
      title = lines.get(0);
    }
    return new Article(raw.id(), raw.path(), outlet, raw.url(), published, dateline, title, text, removed);
  }

  /** The body as trimmed lines: spaces normalised, entities decoded, stray '&' removed, empty lines dropped. */
  private static List<String> lines(String body, List<String> removed) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = body.length();
    StringBuilder sb = new StringBuilder(256);
    for (int i = 0; i <= n; i++) {
      char c = i < n ? body.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        String line = EntityResidue.clean(sb.toString(), removed);
        line = Whitespace.collapse(line);
        if (!line.isEmpty()) out.add(line);
        sb.setLength(0);
        continue;
      }
      sb.append(c);
    }
    return out;
  }

  /** True when the whole of {@code line} is a dateline (a place, an outlet, "(خاص)"), not a headline. */
  private boolean isDateline(String line) {
    if (line.length() > 60) return false;
    Datelines.Dateline d = datelines.read(line, true);
    return d != null && d.end() >= line.strip().length() - 1;
  }

  /**
   * The lines the residue classifier ({@link ResidueLines}) keeps, each line's recurrence on the other pages of
   * {@code host} in the {@code run} known; the others go to {@code removed}. An article of one line keeps it: a
   * classifier's doubt is not worth an empty article.
   */
  private List<String> withoutResidue(List<String> lines, SiteTemplate run, String host, List<String> removed) {
    int n = lines.size();
    if (n < 2) return lines;
    List<String> out = new ArrayList<>(n);
    boolean[] drop = run == SiteTemplate.NONE ? residue.residue(lines) : residue.residue(lines, run, host);
    for (int i = 0; i < n; i++) {
      String l = lines.get(i);
      if (drop[i]) removed.add(l);
      else out.add(l);
    }
    return out.isEmpty() ? lines : out;
  }

  /** Removes a last line that only names outlets and agencies (a credit) and returns the publishing outlet in it, if any. */
  private String creditLine(List<String> lines, List<String> removed) {
    if (lines.size() < 2) return null;
    String last = lines.get(lines.size() - 1);
    if (last.length() > 60) return null;
    String publisher = null;
    boolean named = false;
    for (String part : CREDIT_SPLIT.split(last.replaceAll("^[*\\s]+|[.\\s]+$", ""))) {
      if (part.isBlank()) continue;
      Outlets.Outlet o = outlets.byName(part);
      if (o == null) return null;
      if (publisher == null && o.kind() == Outlets.Kind.OUTLET) publisher = o.name();
      named = true;
    }
    if (!named) return null;
    lines.remove(lines.size() - 1);
    removed.add(last);
    return publisher;
  }

  /** An outlet named by a removed footer: "رابط الخبر بصحيفة الوئام: ...", "جميع الحقوق محفوظة لـ سكاي نيوز عربية". */
  private String footerOutlet(List<String> removed) {
    for (String r : removed) {
      Matcher m = FOOTER_NAME.matcher(r);
      while (m.find()) {
        String[] w = m.group(1).split("\\s+");
        for (int k = Math.min(3, w.length); k >= 1; k--) {
          Outlets.Outlet o = outlets.byName(String.join(" ", java.util.Arrays.copyOf(w, k)));
          if (o != null && o.kind() == Outlets.Kind.OUTLET) return o.name();
        }
      }
    }
    return null;
  }

  private static String publisher(Datelines.Dateline d) {
    return d != null && d.outlet() != null && d.outlet().kind() == Outlets.Kind.OUTLET ? d.outlet().name() : null;
  }

  /** The outlet named in "بيان تلقت «الشرق الأوسط» نسخة منه": the outlet that received the copy is the one writing. */
  private String copyReceiver(String text) {
    Matcher m = COPY_QUOTED.matcher(text);
    if (m.find()) {
      Outlets.Outlet o = outlets.byName(m.group(1));
      return o != null ? o.name() : m.group(1).strip();
    }
    m = COPY_BARE.matcher(text);
    while (m.find()) {
      Outlets.Outlet o = outlets.byName(m.group(1));
      if (o != null && o.kind() != Outlets.Kind.GENERIC) return o.name();
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
