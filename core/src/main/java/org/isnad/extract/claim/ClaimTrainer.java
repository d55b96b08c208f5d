package org.isnad.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.isnad.extract.claim.AnnotatedClaims.Range;
import org.isnad.extract.claim.ClaimTagger.Reading;
import org.isnad.extract.claim.ClaimTagger.TEvent;
import org.isnad.extract.claim.ClaimTagger.TFrame;
import org.isnad.extract.claim.ClaimTagger.Tok;
import org.isnad.extract.ner.NameLexicon;
import org.isnad.model.Mention;
import org.isnad.text.Doc;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;

/**
 * Trains the {@link ClaimTagger}'s six models on annotated sentences, and puts an annotated sentence
 * into the token space the models read ({@link #prepare}), for training and for evaluation alike.
 */
public final class ClaimTrainer {
  /** Training settings; {@link #SHIPPED} reproduces the shipped model. */
  public record Settings(int epochs, int detectionBits, int argumentBits, long seed, float cuePenalty,
                         float triggerPenalty, float frameArgPenalty, float eventArgPenalty) {
    /** These settings with the O penalties of the system properties {@code isnad.claims.penalty.*} (for tuning). */
    public Settings tuned() {
      int bits = Integer.getInteger("isnad.claims.bits", -1);
      return new Settings(Integer.getInteger("isnad.claims.epochs", epochs), bits > 0 ? bits : detectionBits, bits > 0 ? bits : argumentBits, seed, p("cue", cuePenalty), p("trigger", triggerPenalty),
          p("frame", frameArgPenalty), p("event", eventArgPenalty));
    }

    private static float p(String name, float dflt) {
      String v = System.getProperty("isnad.claims.penalty." + name);
      return v == null ? dflt : Float.parseFloat(v);
    }
  }

  /**
   * Chosen by 5-fold cross-validation on the training sentences (folds by article): O penalties 4 for
   * cues and frame arguments, 15 for triggers (trigger F1 .574 → .615 against no penalty), 30 for event
   * arguments (on 6,360 sentences: place|gold trigger .609 (15) → .621, actor .563 → .570; 5: .557);
   * 12 epochs.
   */
  public static final Settings SHIPPED = new Settings(12, 18, 18, 20261202L, 4f, 15f, 4f, 30f);

  /** The lexicon readers whose hits are features. */
  public record Readers(AttributionReader attribution, EventDetector detector, ClauseWords words, RoleFinder roles,
                        DateResolver dates, NameLexicon clusters) {
    public static Readers load() {
      return of(EventDetector.load(), DateResolver.load());
    }

    /** The readers built on {@code detector}'s clause words, sharing one phrase chunker. */
    public static Readers of(EventDetector detector, DateResolver dates) {
      ClauseWords w = detector.words();
      PhraseChunker chunker = new PhraseChunker(w);
      return new Readers(AttributionReader.load(chunker, w), detector, w, new RoleFinder(chunker, w), dates, NameLexicon.load());
    }

    public ClaimFeatures features(Tokens t, Sentence s, List<Mention> mentions, String published) {
      return new ClaimFeatures(t, s, mentions, attribution, detector, words, roles,
          dates.find(t, s.firstToken(), s.endToken(), published), clusters);
    }
  }

  /** An annotated sentence read as the models read it: its features and its gold reading in tokens. */
  public record Prepared(AnnotatedClaims source, Doc doc, ClaimFeatures features, Reading gold) {}

  private ClaimTrainer() {}

  public static Prepared prepare(AnnotatedClaims a, Function<Doc, List<Mention>> mentions, Readers r) {
    Doc doc = Doc.of(a.text());
    Tokens t = doc.tokens();
    Sentence whole = new Sentence(0, a.text().length(), 0, t.size());
    ClaimFeatures f = r.features(t, whole, mentions.apply(doc), null);
    List<TFrame> frames = new ArrayList<>();
    for (AnnotatedClaims.Frame fr : a.frames()) {
      Tok cue = tok(t, fr.cue());
      if (cue == null) continue;
      List<Tok> chain = new ArrayList<>();
      for (Range c : fr.chain()) {
        Tok k = tok(t, c);
        if (k != null) chain.add(k);
      }
      frames.add(new TFrame(cue, List.copyOf(chain), tok(t, fr.content())));
    }
    List<TEvent> events = new ArrayList<>();
    for (AnnotatedClaims.Event e : a.events()) {
      Tok trig = tok(t, e.trigger());
      if (trig == null) continue;
      events.add(new TEvent(trig, e.type(), e.mode(), tok(t, e.actor()), tok(t, e.target()), tok(t, e.place()),
          tok(t, e.time())));
    }
    return new Prepared(a, doc, f, new Reading(List.copyOf(frames), List.copyOf(events)));
  }

  /** The tokens a character range covers, or null. */
  static Tok tok(Tokens t, Range r) {
    if (r == null) return null;
    int a = t.tokenAt(r.start());
    while (a > 0 && t.end(a - 1) > r.start()) a--;
    int b = a;
    while (b < t.size() && t.start(b) < r.end()) b++;
    return b > a ? new Tok(a, b) : null;
  }

  public static ClaimTagger train(List<Prepared> data, Settings s) {
    List<SpanTrainer.Example> cue = new ArrayList<>();
    List<SpanTrainer.Example> trig = new ArrayList<>();
    List<SpanTrainer.Example> fargs = new ArrayList<>();
    List<SpanTrainer.Example> eargs = new ArrayList<>();
    List<ChoiceModel.Example> modes = new ArrayList<>();
    List<ChoiceModel.Example> types = new ArrayList<>();
    for (Prepared p : data) {
      ClaimFeatures f = p.features();
      int n = f.size();
      if (n == 0) continue;
      int[] cueGold = new int[n];
      int[] trigGold = new int[n];
      for (TFrame fr : p.gold().frames()) mark(cueGold, fr.cue(), 0);
      for (TEvent e : p.gold().events()) mark(trigGold, e.trigger(), 0);
      repair(cueGold);
      repair(trigGold);
      SpanTrainer.Example det = f.detection();
      cue.add(new SpanTrainer.Example(n, det.feats(), det.offsets(), cueGold));
      trig.add(new SpanTrainer.Example(n, det.feats(), det.offsets(), trigGold));
      for (TFrame fr : p.gold().frames()) {
        int[] g = new int[n];
        mark(g, fr.content(), 2);
        for (int k = 0; k < fr.chain().size(); k++) mark(g, fr.chain().get(k), k == fr.chain().size() - 1 ? 0 : 1);
        clear(g, fr.cue());
        repair(g);
        SpanTrainer.Example x = f.argument(fr.cue().first(), fr.cue().end(), "CUE", g);
        fargs.add(x);
      }
      for (TEvent e : p.gold().events()) {
        int[] g = new int[n];
        mark(g, e.actor(), 0);
        mark(g, e.target(), 1);
        mark(g, e.place(), 2);
        mark(g, e.time(), 3);
        clear(g, e.trigger());
        repair(g);
        eargs.add(f.argument(e.trigger().first(), e.trigger().end(), e.type(), g));
        modes.add(new ChoiceModel.Example(f.mode(e.trigger().first(), e.trigger().end(), e.type()),
            ChoiceModel.index(ChoiceModel.MODES, e.mode())));
        types.add(new ChoiceModel.Example(f.typing(e.trigger().first(), e.trigger().end()), typeIndex(e.type())));
      }
    }
    SpanModel cueModel = SpanTrainer.train(new String[] {"CUE"}, s.detectionBits(), cue, s.epochs(), s.seed());
    SpanModel trigModel = SpanTrainer.train(new String[] {"EVENT"}, s.detectionBits(), trig, s.epochs(), s.seed() + 1);
    SpanModel frameModel = SpanTrainer.train(ClaimTagger.FRAME_ROLES, s.argumentBits(), fargs, s.epochs(), s.seed() + 2);
    SpanModel eventModel = SpanTrainer.train(ClaimTagger.EVENT_ROLES, s.argumentBits(), eargs, s.epochs(), s.seed() + 3);
    cueModel.outsidePenalty = s.cuePenalty();
    trigModel.outsidePenalty = s.triggerPenalty();
    frameModel.outsidePenalty = s.frameArgPenalty();
    eventModel.outsidePenalty = s.eventArgPenalty();
    return new ClaimTagger(cueModel, trigModel, ChoiceModel.train(ClaimTagger.TYPES, 16, types, s.epochs(), s.seed() + 5),
        frameModel, eventModel, ChoiceModel.train(ChoiceModel.MODES, 16, modes, s.epochs(), s.seed() + 4));
  }

  static int typeIndex(String type) {
    for (int k = 0; k < ClaimTagger.TYPES.length; k++) if (ClaimTagger.TYPES[k].equals(type)) return k;
    throw new IllegalArgumentException("unknown PLOVER type " + type);
  }

  /** Labels {@code span} as kind {@code kind} (B- then I-), over what was there. */
  private static void mark(int[] g, Tok span, int kind) {
    if (span == null) return;
    for (int i = span.first(); i < span.end() && i < g.length; i++) g[i] = SpanModel.label(kind, i == span.first());
  }

  /** Overlapping gold spans can leave an I- after another kind: it starts a span of its own. */
  private static void repair(int[] g) {
    for (int i = 0; i < g.length; i++) {
      if (g[i] > 0 && !SpanModel.isBegin(g[i]) && (i == 0 || SpanModel.kindOf(g[i - 1]) != SpanModel.kindOf(g[i]))) {
        g[i] -= 1;
      }
    }
  }

  /** The anchor's own tokens are no argument; a span cut by it restarts with B- after it. */
  private static void clear(int[] g, Tok anchor) {
    for (int i = anchor.first(); i < anchor.end(); i++) g[i] = 0;
    int after = anchor.end();
    if (after < g.length && g[after] > 0 && !SpanModel.isBegin(g[after])) g[after] -= 1;
  }
}
