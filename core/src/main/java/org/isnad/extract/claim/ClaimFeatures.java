package org.isnad.extract.claim;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.isnad.extract.ner.NameLexicon;
import org.isnad.model.Mention;
import org.isnad.model.MentionType;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * The features of the claim models for one sentence, computed once and shared by every model that
 * reads it: per token its key (the word without proclitics and article), whole form, first letters,
 * ending, token kind, clause-word kind, the frame kind the attribution lexicon gives it, the event type
 * and form the event lexicon gives it, its name or descriptor tag (from the name finder), and whether a
 * time expression covers it, its word clusters, its light stem and the event lexicon's type alone.
 * Lexicons are features here, not decisions.
 *
 * <p>Argument models add, for a token and an anchor (a cue or a trigger): the token's distance to the
 * anchor in buckets, on which side it lies, whether a complementiser or a comma lies between them,
 * conjoined with the token's word, tag and the anchor's word and kind; the k-th noun phrase on the token's
 * side and the preposition governing it, with the anchor's kind and with the anchor's own word.
 */
public final class ClaimFeatures {
  private final Tokens t;
  private final int first;
  private final int n;
  private final int[] key;
  private final int[] form;
  private final int[] head;
  private final int[] tail;
  private final int[] shape;
  private final int[] clause;
  private final int[] frame;
  private final int[] event;
  private final int[] name;
  private final boolean[] time;
  /** Word clusters of the key (coarse, fine; 0 unknown): words used alike share evidence. */
  private final int[] coarse;
  private final int[] fine;
  /** The proclitics before the stem ("و", "ب", "لل"): "ل" and "ب" mark who an act is for or against. */
  private final int[] proclitic;
  /**
   * Noun phrases ({@link PhraseChunker}) in order: per token the number of phrases started at or before it
   * ({@code starts}), whether it lies in one ({@code inPhrase}: 1 inside, 2 its first word) and the
   * preposition that governs its phrase ({@code prep}: the word before the phrase when it is one, or the
   * first word's "ب"/"ل"). Arabic roles follow phrase order ("قصفت [الطائرات] [مواقع] لـ[التنظيم]"),
   * which token distance blurs.
   */
  private final int[] starts;
  private final byte[] inPhrase;
  private final int[] prep;
  private final boolean[] comp;
  private final boolean[] comma;
  /** The event lexicon's type alone (no form or context marks) per token, 0 none. */
  private final int[] evType;
  /** The key without its common suffixes ("هجمات" → "هجم"): a light stem. */
  private final int[] stem;

  /** Complementisers and commas before each token ({@code n + 1} entries), counted when an anchor first needs them. */
  private int[] compsBefore;
  private int[] commasBefore;
  /** What the rules make of each anchor: per lexicon trigger or frame, its role spans in the rules' view. */
  private int[] ruleAnchor;
  private int[][] ruleSpans;
  private final List<EventMention> lexicon;
  private List<AttributionReader.Frame> ruleFrames;
  // what the rules need, kept for their lazy reading: most sentences have no anchor and never need it
  private final Sentence sentence;
  private final AttributionReader attribution;
  private final RoleFinder roles;

  /** The context of sentence {@code s} of {@code t}, with its mentions (any order) and the lexicon hits. */
  public ClaimFeatures(Tokens t, Sentence s, List<Mention> mentions, AttributionReader attribution,
                       EventDetector detector, ClauseWords words, RoleFinder roles, List<DateResolver.TimeExpr> times,
                       NameLexicon clusters) {
    this.t = t;
    this.first = s.firstToken();
    this.n = s.endToken() - s.firstToken();
    key = new int[n];
    form = new int[n];
    head = new int[n];
    tail = new int[n];
    shape = new int[n];
    clause = new int[n];
    frame = new int[n];
    event = new int[n];
    name = new int[n];
    time = new boolean[n];
    coarse = new int[n];
    fine = new int[n];
    proclitic = new int[n];
    starts = new int[n];
    inPhrase = new byte[n];
    prep = new int[n];
    comp = new boolean[n];
    comma = new boolean[n];
    evType = new int[n];
    stem = new int[n];
    String text = t.text();
    int[] end = new int[1];
    for (int k = 0; k < n; k++) {
      int i = first + k;
      String kk = t.key(i);
      key[k] = kk.hashCode();
      stem[k] = lightStem(kk);
      int cl = clusters.clusters(kk);
      coarse[k] = NameLexicon.coarse(cl);
      fine[k] = NameLexicon.fine(cl);
      int a = t.start(i);
      int b = t.end(i);
      form[k] = hash(text, a, b);
      proclitic[k] = then(hash(text, a, t.stemStart(i)), t.hasArticle(i) ? 'A' : '-');
      head[k] = hash(text, a, Math.min(b, a + 2));
      tail[k] = kk.length() >= 2 ? hash(kk, kk.length() - 2, kk.length()) : kk.hashCode();
      shape[k] = t.kind(i);
      String ck = words.kind(t, i);
      clause[k] = ck == null ? 0 : ck.hashCode();
      comp[k] = "COMP".equals(ck) || t.is(i, ':') || t.is(i, '"');
      comma[k] = t.is(i, '،') || t.is(i, ',') || t.is(i, '(') || t.is(i, ')');
      // exact frame words only: the typo search costs more than the rest of the features together
      String fk = attribution.kindAt(t, i, s.endToken(), end, false);
      if (fk != null) for (int j = i; j < end[0] && j < s.endToken(); j++) frame[j - first] = then(fk.hashCode(), j == i ? 'B' : 'I');
    }
    List<EventMention> found = detector.detect(t, s);
    this.lexicon = found;
    for (EventMention m : found) {
      EventLexicon.Trigger tr = m.trigger();
      // the hash of type, form and the context's marks written one after the other, built without a string
      int code = then(tr.type().hashCode(), tr.kind().name().charAt(0));
      if (m.negated()) code = then(code, 'n');
      if (m.future()) code = then(code, 'f');
      if (m.hypothetical()) code = then(code, 'h');
      if (m.attempt()) code = then(code, 'a');
      if (m.modal()) code = then(code, 'm');
      for (int i = tr.firstToken(); i < tr.endToken(); i++) if (i >= first && i < s.endToken()) {
        event[i - first] = code;
        evType[i - first] = tr.type().hashCode();
      }
    }
    for (Mention m : mentions) {
      int a = t.tokenAt(m.start());
      for (int i = a; i < s.endToken() && t.start(i) < m.end(); i++) {
        if (i < first) continue;
        int code = then(m.type().name().hashCode(), i == a ? 'B' : 'I');
        name[i - first] = m.type() != MentionType.DESC && m.entity() != null ? then(code, 'E') : code;
      }
    }
    for (DateResolver.TimeExpr e : times) {
      for (int i = e.first(); i < e.end(); i++) if (i >= first && i < s.endToken()) time[i - first] = true;
    }
    this.sentence = s;
    this.attribution = attribution;
    this.roles = roles;
    phrases(roles.chunker(), words, found);
  }

  private void phrases(PhraseChunker chunker, ClauseWords words, List<EventMention> found) {
    boolean[] stopA = new boolean[n];
    for (EventMention m : found) {
      for (int i = m.trigger().firstToken(); i < m.trigger().endToken(); i++) if (i >= first && i - first < n) stopA[i - first] = true;
    }
    for (int k = 0; k < n; k++) stopA[k] |= time[k];
    IntPredicate stop = i -> i >= first && i - first < n && stopA[i - first];
    int limit = first + n;
    int count = 0;
    for (int k = 0; k < n; ) {
      int e = stopA[k] ? first + k : chunker.end(t, first + k, limit, stop) ;
      if (e <= first + k) {
        starts[k] = count;
        k++;
        continue;
      }
      count++;
      int gov = k > 0 && words.is(t, first + k - 1, "PREP") ? key[k - 1] : proclitic[k];
      for (int j = k; j < e - first; j++) {
        starts[j] = count;
        inPhrase[j] = (byte) (j == k ? 2 : 1);
        prep[j] = gov;
      }
      k = e - first;
    }
  }

  /** The rules' roles and sources, as the rule reader finds them (stops at triggers and times), once. */
  private void rules() {
    if (ruleAnchor != null) return;
    Tokens t = this.t;
    Sentence s = sentence;
    List<EventMention> found = lexicon;
    boolean[] stopA = new boolean[n];
    for (EventMention m : found) {
      for (int i = m.trigger().firstToken(); i < m.trigger().endToken(); i++) if (i - first < n) stopA[i - first] = true;
    }
    for (int k = 0; k < n; k++) stopA[k] |= time[k];
    IntPredicate stop = i -> i >= first && i - first < n && stopA[i - first];
    IntPredicate isTime = i -> i >= first && i - first < n && time[i - first];
    List<AttributionReader.Frame> frames = attribution.frames(t, s, stop, isTime);
    this.ruleFrames = frames;
    ruleAnchor = new int[found.size() + frames.size()];
    ruleSpans = new int[ruleAnchor.length][];
    int r = 0;
    for (EventMention m : found) {
      RoleFinder.Roles got = roles.find(t, m, stop, isTime, s.endToken());
      ruleAnchor[r] = m.trigger().firstToken() - first;
      ruleSpans[r++] = spans(got.actor(), got.target(), first);
    }
    for (AttributionReader.Frame f : frames) {
      ruleAnchor[r] = f.first() - first;
      ruleSpans[r++] = spans(f.source(), f.original(), first);
    }
  }

  private static int[] spans(Span a, Span b, int first) {
    return new int[] {a == null ? -1 : a.first() - first, a == null ? -1 : a.end() - first,
        b == null ? -1 : b.first() - first, b == null ? -1 : b.end() - first};
  }

  /**
   * The rules' two spans for the anchor starting in {@code [a, b)} (actor and target of a lexicon trigger,
   * source and original of a frame), sentence-relative {@code {first, end}} or null each; null if the rules
   * know no such anchor.
   */
  public int[][] ruleSpans(int a, int b) {
    rules();
    for (int r = 0; r < ruleAnchor.length; r++) {
      if (ruleAnchor[r] < a || ruleAnchor[r] >= b) continue;
      int[] sp = ruleSpans[r];
      return new int[][] {sp[0] < 0 || sp[1] <= sp[0] ? null : new int[] {Math.max(0, sp[0]), Math.min(n, sp[1])},
          sp[2] < 0 || sp[3] <= sp[2] ? null : new int[] {Math.max(0, sp[2]), Math.min(n, sp[3])}};
    }
    return null;
  }

  /** Per token, what the rules say about it for the anchor at {@code a..b}: 0 nothing, 1/2 in the first/second span (+2 if it starts it). */
  private int[] ruleView(int a, int b) {
    rules();
    int[] out = new int[n];
    for (int r = 0; r < ruleAnchor.length; r++) {
      if (ruleAnchor[r] < a || ruleAnchor[r] >= b) continue;
      int[] sp = ruleSpans[r];
      for (int j = 0; j < 2; j++) {
        for (int k = Math.max(0, sp[2 * j]); k < Math.min(n, sp[2 * j + 1]); k++) out[k] = 1 + j + (k == sp[2 * j] ? 2 : 0);
      }
      return out;
    }
    return out;
  }

  /**
   * What the lexicon rules alone read in the sentence, in the learned reader's terms (the baseline of
   * {@code isnad eval claims --rules}): their frames with chains (content: after the complementiser to
   * the sentence end, or the whole sentence for a preposition frame) and every lexicon trigger with the
   * rules' actor and target, mode from its context.
   */
  public ClaimTagger.Reading ruleReading() {
    rules();
    List<ClaimTagger.TFrame> frames = new java.util.ArrayList<>();
    for (AttributionReader.Frame f : ruleFrames) {
      List<ClaimTagger.Tok> chain = new java.util.ArrayList<>(2);
      if (f.source() != null) chain.add(new ClaimTagger.Tok(f.source().first() - first, f.source().end() - first));
      if (f.original() != null) chain.add(new ClaimTagger.Tok(f.original().first() - first, f.original().end() - first));
      ClaimTagger.Tok content = f.complement() >= 0 && f.complement() - first < n
          ? new ClaimTagger.Tok(f.complement() - first, n) : new ClaimTagger.Tok(0, n);
      frames.add(new ClaimTagger.TFrame(new ClaimTagger.Tok(f.first() - first, Math.min(n, f.end() - first)),
          List.copyOf(chain), content));
    }
    List<ClaimTagger.TEvent> events = new java.util.ArrayList<>();
    for (int r = 0; r < lexicon.size(); r++) {
      EventMention m = lexicon.get(r);
      int[] sp = ruleSpans[r];
      String mode = m.negated() ? "negated" : m.future() ? "future" : m.hypothetical() ? "conditional"
          : m.attempt() ? "attempted" : m.modal() ? "hedged" : "asserted";
      events.add(new ClaimTagger.TEvent(new ClaimTagger.Tok(m.trigger().firstToken() - first, m.trigger().endToken() - first),
          m.type(), mode, sp[0] < 0 || sp[1] <= sp[0] ? null : new ClaimTagger.Tok(sp[0], sp[1]),
          sp[2] < 0 || sp[3] <= sp[2] ? null : new ClaimTagger.Tok(sp[2], sp[3]), null, null));
    }
    return new ClaimTagger.Reading(List.copyOf(frames), List.copyOf(events));
  }

  /** The event lexicon's triggers in the sentence, with what their context says of them. */
  public List<EventMention> lexiconTriggers() {
    return lexicon;
  }

  public int size() {
    return n;
  }

  private static final String[] SUFFIXES = {"هما", "كما", "تهم", "ات", "ون", "ين", "وا", "ها", "هم", "ان", "تي", "ته", "ه", "ة", "ا", "ي"};

  /** The hash of {@code k} without its longest common suffix, at least three letters left. */
  static int lightStem(String k) {
    for (String x : SUFFIXES) {
      if (k.length() - x.length() >= 3 && k.endsWith(x)) return hash(k, 0, k.length() - x.length());
    }
    return k.hashCode();
  }

  /** {@code (s + c).hashCode()} from {@code h = s.hashCode()}, without building the string. */
  private static int then(int h, char c) {
    return 31 * h + c;
  }

  private static int hash(String s, int a, int b) {
    int h = 0;
    for (int i = a; i < b; i++) h = 31 * h + s.charAt(i);
    return h;
  }

  /** Mixes a template number with up to three values into one feature hash. */
  private static int mix(int template, int a, int b, int c) {
    int h = template * 0x9E3779B1;
    h = (h ^ a) * 0x85EBCA6B;
    h = (h ^ (h >>> 13) ^ b) * 0xC2B2AE35;
    h = (h ^ (h >>> 16) ^ c) * 0x27D4EB2F;
    return h ^ (h >>> 15);
  }

  private int keyAt(int k) {
    return k < 0 ? 1 : k >= n ? 2 : key[k];
  }

  private int coarseAt(int k) {
    return k < 0 ? 1 << 12 : k >= n ? 2 << 12 : coarse[k];
  }

  private int fineAt(int k) {
    return k < 0 ? 1 << 12 : k >= n ? 2 << 12 : fine[k];
  }

  private int nameAt(int k) {
    return k < 0 || k >= n ? 3 : name[k];
  }

  /** Features of token {@code k} (sentence-relative) on their own: written into {@code out} from {@code at}. */
  private int base(int k, int[] out, int at) {
    out[at++] = mix(1, key[k], 0, 0);
    out[at++] = mix(2, form[k], 0, 0);
    out[at++] = mix(3, head[k], 0, 0);
    out[at++] = mix(4, tail[k], 0, 0);
    out[at++] = mix(5, shape[k], clause[k], 0);
    out[at++] = mix(6, keyAt(k - 1), 0, 0);
    out[at++] = mix(7, keyAt(k + 1), 0, 0);
    out[at++] = mix(8, keyAt(k - 2), 0, 0);
    out[at++] = mix(9, keyAt(k + 2), 0, 0);
    out[at++] = mix(10, keyAt(k - 1), key[k], 0);
    out[at++] = mix(11, key[k], keyAt(k + 1), 0);
    out[at++] = mix(12, frame[k], 0, 0);
    out[at++] = mix(13, event[k], 0, 0);
    out[at++] = mix(14, name[k], 0, 0);
    out[at++] = mix(15, nameAt(k - 1), name[k], nameAt(k + 1));
    out[at++] = mix(16, time[k] ? 1 : 0, 0, 0);
    out[at++] = mix(17, k == 0 ? 1 : k == n - 1 ? 2 : 0, 0, 0);
    out[at++] = mix(18, k > 0 ? frame[k - 1] : 0, k + 1 < n ? frame[k + 1] : 0, 0);
    out[at++] = mix(19, k > 0 ? event[k - 1] : 0, k + 1 < n ? event[k + 1] : 0, 0);
    out[at++] = mix(20, 0, 0, 0); // bias
    out[at++] = mix(21, coarse[k], 0, 0);
    out[at++] = mix(22, fine[k], 0, 0);
    out[at++] = mix(23, coarseAt(k - 1), coarse[k], 0);
    out[at++] = mix(24, coarse[k], coarseAt(k + 1), 0);
    out[at++] = mix(25, fineAt(k - 1), 0, 0);
    out[at++] = mix(26, fineAt(k + 1), 0, 0);
    out[at++] = mix(27, proclitic[k], 0, 0);
    // the lexicon's type alone and a light stem generalise over forms
    out[at++] = mix(28, evType[k], 0, 0);
    out[at++] = mix(29, stem[k], 0, 0);
    return at;
  }

  static final int BASE = 29;
  static final int ARG = BASE + 27;

  private SpanTrainer.Example detection;

  /**
   * The token features alone, computed once: what the cue and trigger models read, and the shared part
   * of every argument model's scores. Its gold labels are empty; training pairs the features with its own.
   */
  public SpanTrainer.Example detection() {
    if (detection == null) {
      int[] feats = new int[n * BASE];
      int[] offsets = new int[n + 1];
      int at = 0;
      for (int k = 0; k < n; k++) {
        at = base(k, feats, at);
        offsets[k + 1] = at;
      }
      detection = new SpanTrainer.Example(n, feats, offsets, new int[n]);
    }
    return detection;
  }

  /**
   * Argument features for the anchor {@code [a, b)} (sentence-relative token indices) of kind
   * {@code anchorKind} (a cue's frame kind or a trigger's type).
   */
  public SpanTrainer.Example argument(int a, int b, String anchorKind, int[] gold) {
    return arguments(a, b, anchorKind, gold, true);
  }

  /**
   * The anchor's features alone ({@link #ANCHOR} per token, no token features): at decoding the token
   * features' scores are computed once per sentence and shared by every anchor ({@link SpanModel#decode(float[], int, int[], int[])}).
   */
  public SpanTrainer.Example anchorOnly(int a, int b, String anchorKind) {
    return arguments(a, b, anchorKind, null, false);
  }

  static final int ANCHOR = ARG - BASE;

  private SpanTrainer.Example arguments(int a, int b, String anchorKind, int[] gold, boolean withBase) {
    int[] feats = new int[n * (withBase ? ARG : ANCHOR)];
    int[] offsets = new int[n + 1];
    int ak = anchorKind.hashCode();
    int akey = key[a];
    int afine = fine[a];
    int[] rule = ruleView(a, b);

    // complementisers and commas between the anchor and each token, from counts of those before each token
    // (a scan per token made a long sentence's cost grow with the square of its length)
    if (compsBefore == null) {
      int[] comps = new int[n + 1];
      int[] commas = new int[n + 1];
      for (int k = 0; k < n; k++) {
        comps[k + 1] = comps[k] + (comp[k] ? 1 : 0);
        commas[k + 1] = commas[k] + (comma[k] ? 1 : 0);
      }
      compsBefore = comps;
      commasBefore = commas;
    }
    int at = 0;
    for (int k = 0; k < n; k++) {
      if (withBase) at = base(k, feats, at);
      int side = k < a ? -1 : k >= b ? 1 : 0;
      int dist = side < 0 ? a - k : side > 0 ? k - b + 1 : 0;
      int bucket = dist <= 5 ? dist : dist <= 8 ? 6 : dist <= 12 ? 7 : dist <= 20 ? 8 : 9;
      int rel = side * 16 + bucket;
      int lo = side < 0 ? k + 1 : b;
      int hi = side < 0 ? a : k;
      boolean compBetween = side != 0 && compsBefore[hi] > compsBefore[lo];
      boolean commaBetween = side != 0 && commasBefore[hi] > commasBefore[lo];
      int between = (compBetween ? 1 : 0) | (commaBetween ? 2 : 0);
      feats[at++] = mix(30, rel, 0, 0);
      feats[at++] = mix(31, rel, ak, 0);
      feats[at++] = mix(32, rel, key[k], 0);
      feats[at++] = mix(33, rel, name[k], 0);
      feats[at++] = mix(34, side, between, ak);
      feats[at++] = mix(35, side, between, name[k]);
      feats[at++] = mix(36, akey, side, key[k]);
      feats[at++] = mix(37, ak, side, name[k]);
      feats[at++] = mix(38, ak, side, clause[k]);
      feats[at++] = mix(39, ak, rel, time[k] ? 1 : 0);
      feats[at++] = mix(40, side, between, frame[k]);
      feats[at++] = mix(41, side, between, event[k]);
      feats[at++] = mix(42, akey, rel, 0);
      feats[at++] = mix(43, ak, side, between);
      feats[at++] = mix(44, rule[k], 0, 0);
      feats[at++] = mix(45, rule[k], ak, 0);
      feats[at++] = mix(46, rule[k], k > 0 ? rule[k - 1] : 9, k + 1 < n ? rule[k + 1] : 9);
      feats[at++] = mix(47, rel, fine[k], 0);
      feats[at++] = mix(48, afine, side, coarse[k]);
      feats[at++] = mix(49, side, between, coarse[k]);
      // the k-th phrase on this side of the anchor, and what governs it
      int nth = Math.min(4, side > 0 ? starts[k] - starts[b - 1] : side < 0 ? starts[a - 1] - starts[k] + 1 : 0);
      int where = side * 8 + nth;
      feats[at++] = mix(100, where, ak, 0);
      feats[at++] = mix(101, where, inPhrase[k], 0);
      feats[at++] = mix(102, prep[k], side, ak);
      feats[at++] = mix(103, prep[k], where, inPhrase[k]);
      feats[at++] = mix(104, proclitic[k], side, ak);
      // the anchor's own word with the preposition and the phrase order: "بدعم من [X]" names the actor
      feats[at++] = mix(211, prep[k], side, akey);
      feats[at++] = mix(212, akey, where, inPhrase[k]);
      offsets[k + 1] = at;
    }
    return new SpanTrainer.Example(n, feats, offsets, gold == null ? new int[n] : gold);
  }

  /** Mode features of the trigger {@code [a, b)}: the words and lexicon marks around it, by position. */
  public int[] mode(int a, int b, String type) {
    int[] out = new int[24];
    int at = 0;
    int ty = type.hashCode();
    out[at++] = mix(50, 0, 0, 0);
    out[at++] = mix(51, key[a], 0, 0);
    out[at++] = mix(52, form[a], 0, 0);
    out[at++] = mix(53, head[a], ty, 0);
    out[at++] = mix(54, event[a], 0, 0);
    out[at++] = mix(55, ty, 0, 0);
    for (int d = 1; d <= 5; d++) {
      out[at++] = mix(56, d, keyAt(a - d), 0);
      out[at++] = mix(57, keyAt(a - d), 0, 0);
    }
    out[at++] = mix(58, keyAt(b), 0, 0);
    out[at++] = mix(59, keyAt(b + 1), 0, 0);
    out[at++] = mix(60, keyAt(a - 1), key[a], 0);
    out[at++] = mix(61, keyAt(a - 2), keyAt(a - 1), 0);
    boolean compBefore = false;
    for (int j = 0; j < a; j++) compBefore |= comp[j];
    out[at++] = mix(62, compBefore ? 1 : 0, 0, 0);
    out[at++] = mix(63, frame[a], 0, 0);
    out[at++] = mix(64, fine[a], 0, 0);
    return Arrays.copyOf(out, at);
  }

  /** Typing features of the trigger {@code [a, b)}: its words, the lexicon's type for them, its neighbours. */
  public int[] typing(int a, int b) {
    int[] out = new int[30 + 3 * Math.min(3, b - a)];
    int at = 0;
    out[at++] = mix(70, 0, 0, 0);
    for (int k = a; k < b && k < a + 3; k++) {
      out[at++] = mix(71, key[k], 0, 0);
      out[at++] = mix(72, event[k], 0, 0);
      out[at++] = mix(73, tail[k], head[k], 0);
    }
    out[at++] = mix(74, b - a, 0, 0);
    out[at++] = mix(75, keyAt(a - 1), 0, 0);
    out[at++] = mix(76, keyAt(b), 0, 0);
    out[at++] = mix(77, keyAt(a - 2), 0, 0);
    out[at++] = mix(78, keyAt(b + 1), 0, 0);
    out[at++] = mix(79, key[a], keyAt(b), 0);
    out[at++] = mix(80, keyAt(a - 1), key[a], 0);
    out[at++] = mix(81, nameAt(b), 0, 0);
    out[at++] = mix(82, nameAt(a - 1), 0, 0);
    out[at++] = mix(83, form[a], 0, 0);
    out[at++] = mix(84, frame[a], 0, 0);
    int ev = 0;
    for (int k = Math.max(0, a - 3); k < Math.min(n, b + 3); k++) if (event[k] != 0 && (k < a || k >= b)) ev = event[k];
    out[at++] = mix(85, ev, 0, 0);
    out[at++] = mix(86, fine[a], 0, 0);
    out[at++] = mix(87, coarse[a], fineAt(b), 0);
    // the lexicon's type alone, stem and proclitic, the words within three on each side by side only, and
    // whether a frame word comes before (said events lean to some types)
    out[at++] = mix(88, evType[a], 0, 0);
    out[at++] = mix(89, stem[a], 0, 0);
    out[at++] = mix(90, proclitic[a], 0, 0);
    for (int d = 1; d <= 3; d++) {
      out[at++] = mix(91, -1, keyAt(a - d), 0);
      out[at++] = mix(91, 1, keyAt(b - 1 + d), 0);
    }
    out[at++] = mix(93, coarseAt(a - 1), coarse[a], 0);
    out[at++] = mix(94, nameAt(b), nameAt(b + 1), 0);
    boolean cueBefore = false;
    for (int j = 0; j < a; j++) cueBefore |= frame[j] != 0;
    out[at++] = mix(95, cueBefore ? 1 : 0, 0, 0);
    return Arrays.copyOf(out, at);
  }

}
