package org.isnad.extract.claim;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned claim reader of one sentence: six models trained on annotated news
 * ({@code models/claims/}, see docs/claim-annotation-guide.md), applied in two stages.
 *
 * <ol>
 *   <li>Detection: the attribution cues ({@link #cues}) and the event triggers ({@link #triggers}), each a
 *       span labeller over the sentence's tokens; then each trigger's PLOVER type ({@link #types}: one
 *       detector for all types shares the evidence that a word names an event at all).</li>
 *   <li>Arguments, given one anchor: for a cue, its source, its relays and its content ({@link #frameArgs});
 *       for a trigger, its actor, target, place and time ({@link #eventArgs}), and its mode
 *       ({@link #modes}).</li>
 * </ol>
 *
 * <p>Spans ({@link Tok}) are token indices relative to the sentence: adding the sentence's first token
 * places them in the document. They are kept apart from {@link Span}, whose indices are the document's,
 * so that the two bases cannot mix.
 * Thread-safe: the models are read-only after loading.
 */
public final class ClaimTagger {
  public static final String RESOURCE = "/models/claims/claims.bin.gz";
  public static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  static final String[] FRAME_ROLES = {"SRC", "REL", "CON"};
  static final String[] EVENT_ROLES = {"ACTOR", "TARGET", "PLACE", "TIME"};
  private static final int MAGIC = 0x4953434d; // "ISCM"

  final SpanModel cues;
  final SpanModel triggers;
  final SpanModel frameArgs;
  final SpanModel eventArgs;
  final ChoiceModel types;
  final ChoiceModel modes;

  ClaimTagger(SpanModel cues, SpanModel triggers, ChoiceModel types, SpanModel frameArgs, SpanModel eventArgs,
              ChoiceModel modes) {
    this.cues = cues;
    this.triggers = triggers;
    this.types = types;
    this.frameArgs = frameArgs;
    this.eventArgs = eventArgs;
    this.modes = modes;
  }

  /** A token span {@code [first, end)} of the sentence. */
  public record Tok(int first, int end) {}

  /** A frame: cue, chain (nearest the outlet first, the original source last; may be empty), content or null. */
  public record TFrame(Tok cue, List<Tok> chain, Tok content) {
    public Tok source() {
      return chain.isEmpty() ? null : chain.get(chain.size() - 1);
    }
  }

  /** An event mention: trigger, PLOVER type, mode, roles (null when not found). */
  public record TEvent(Tok trigger, String type, String mode, Tok actor, Tok target, Tok place, Tok time) {}

  public record Reading(List<TFrame> frames, List<TEvent> events) {}

  /** Frames and events of the sentence whose features are {@code f}. */
  public Reading read(ClaimFeatures f) {
    int n = f.size();
    if (n == 0) return new Reading(List.of(), List.of());
    SpanTrainer.Example det = f.detection();
    List<TFrame> frames = new ArrayList<>();
    float[] base = null;
    for (int[] s : SpanModel.spans(cues.decode(n, det.feats(), det.offsets()))) {
      if (base == null) base = frameArgs.emissions(n, det.feats(), det.offsets());
      SpanTrainer.Example x = f.anchorOnly(s[1], s[2], "CUE");
      int[][] args = SpanModel.spans(frameArgs.decode(base, n, x.feats(), x.offsets(), s[1], s[2]));
      Tok src = nearest(args, 0, s[1], s[2]);
      List<Tok> chain = new ArrayList<>(2);
      for (int[] a : args) if (a[0] == 1) chain.add(new Tok(a[1], a[2]));
      if (src != null) chain.add(src);
      frames.add(new TFrame(new Tok(s[1], s[2]), List.copyOf(chain), longest(args, 2)));
    }
    frames = relayed(frames);
    frames = subsumed(frames);
    List<TEvent> events = new ArrayList<>();
    float[] eventBase = null;
    for (int[] s : SpanModel.spans(triggers.decode(n, det.feats(), det.offsets()))) {
      int[] tf = f.typing(s[1], s[2]);
      if (eventBase == null) eventBase = eventArgs.emissions(n, det.feats(), det.offsets());
      events.add(event(f, eventBase, new Tok(s[1], s[2]), types.label(types.predict(tf, 0, tf.length))));
    }
    return new Reading(List.copyOf(frames), List.copyOf(events));
  }


  /**
   * "وقال X، بحسب Y، إن …": a frame whose cue stands between another frame's cue and its content, and
   * says nothing before that content, is a relay of that frame: the outlet has X's words from Y, the chain [Y, X]
   * (docs/claim-annotation-guide.md, chains).
   */
  static List<TFrame> relayed(List<TFrame> frames) {
    if (frames.size() < 2) return frames;
    List<TFrame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      TFrame f = out.get(i);
      if (f.content() == null) continue;
      for (int j = 0; j < out.size(); j++) {
        TFrame g = out.get(j);
        if (j == i || g.chain().isEmpty() || g.cue().first() <= f.cue().first() || g.cue().first() >= f.content().first()) continue;
        if (g.content() != null && g.content().first() < f.content().first()) continue;
        // the verb's own chain may already name the relay ("[Y, X]" read whole): each link once
        List<Tok> chain = new ArrayList<>(f.chain().size() + g.chain().size());
        for (Tok link : g.chain()) if (!overlapsAny(link, f.chain())) chain.add(link);
        chain.addAll(f.chain());
        out.set(i, new TFrame(f.cue(), List.copyOf(chain), f.content()));
        out.remove(j);
        if (j < i) i--;
        break;
      }
    }
    return out;
  }

  /**
   * "قالت X إن …، حسبما أفادت Y": when another frame's chain already holds this frame's whole chain, the
   * same tokens, as relays of a longer chain ([Y, X]), this frame is that relay read a second time.
   */
  static List<TFrame> subsumed(List<TFrame> frames) {
    if (frames.size() < 2) return frames;
    List<TFrame> out = new ArrayList<>(frames.size());
    for (TFrame g : frames) {
      boolean inOther = false;
      for (TFrame f : frames) {
        if (f == g || g.chain().isEmpty() || f.chain().size() <= g.chain().size()) continue;
        boolean all = true;
        for (Tok link : g.chain()) all &= overlapsAny(link, f.chain());
        inOther |= all;
      }
      if (!inOther) out.add(g);
    }
    return out;
  }

  private static boolean overlapsAny(Tok t, List<Tok> others) {
    for (Tok o : others) if (t.first() < o.end() && o.first() < t.end()) return true;
    return false;
  }

  /** The mode and roles of a trigger of the given type. */
  public TEvent event(ClaimFeatures f, Tok trigger, String type) {
    SpanTrainer.Example det = f.detection();
    return event(f, eventArgs.emissions(f.size(), det.feats(), det.offsets()), trigger, type);
  }

  private TEvent event(ClaimFeatures f, float[] base, Tok trigger, String type) {
    int n = f.size();
    SpanTrainer.Example x = f.anchorOnly(trigger.first(), trigger.end(), type);
    int[][] args = SpanModel.spans(eventArgs.decode(base, n, x.feats(), x.offsets(), trigger.first(), trigger.end()));
    int[] mf = f.mode(trigger.first(), trigger.end(), type);
    String mode = modes.label(modes.predict(mf, 0, mf.length));
    int a = trigger.first();
    int b = trigger.end();
    Tok actor = nearest(args, 0, a, b);
    Tok target = nearest(args, 1, a, b);
    if (actor == null || target == null) {
      // the lexicon's roles where the model names none
      int[][] rule = f.ruleSpans(a, b);
      if (rule != null) {
        if (actor == null && rule[0] != null && !overlaps(rule[0], target)) actor = new Tok(rule[0][0], rule[0][1]);
        if (target == null && rule[1] != null && !overlaps(rule[1], actor)) target = new Tok(rule[1][0], rule[1][1]);
      }
    }
    return new TEvent(trigger, type, mode, actor, target, nearest(args, 2, a, b), nearest(args, 3, a, b));
  }

  private static boolean overlaps(int[] s, Tok t) {
    return t != null && s[0] < t.end() && t.first() < s[1];
  }

  /** Of the spans of {@code kind}, the one closest to the anchor {@code [a, b)}. */
  private static Tok nearest(int[][] spans, int kind, int a, int b) {
    Tok best = null;
    int bestDist = Integer.MAX_VALUE;
    for (int[] s : spans) {
      if (s[0] != kind) continue;
      int d = s[2] <= a ? a - s[2] : s[1] >= b ? s[1] - b : 0;
      if (d < bestDist) {
        bestDist = d;
        best = new Tok(s[1], s[2]);
      }
    }
    return best;
  }

  private static Tok longest(int[][] spans, int kind) {
    Tok best = null;
    for (int[] s : spans) {
      if (s[0] == kind && (best == null || s[2] - s[1] > best.end() - best.first())) best = new Tok(s[1], s[2]);
    }
    return best;
  }

  /** The shipped models, or null when the resource is absent (the lexicon reader is then used alone). */
  public static ClaimTagger load() {
    InputStream in = ClaimTagger.class.getResourceAsStream(RESOURCE);
    if (in == null) return null;
    try (InputStream s = in) {
      return read(s);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  public static ClaimTagger read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) throw new IOException("not a claim model");
    return new ClaimTagger(SpanModel.read(in), SpanModel.read(in), ChoiceModel.read(in), SpanModel.read(in),
        SpanModel.read(in), ChoiceModel.read(in));
  }

  public void write(OutputStream raw) throws IOException {
    // a fixed gzip header (no time stamp in it) keeps the file byte-identical across rebuilds
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    cues.write(out);
    triggers.write(out);
    types.write(out);
    frameArgs.write(out);
    eventArgs.write(out);
    modes.write(out);
    out.flush();
    gz.finish();
  }
}
