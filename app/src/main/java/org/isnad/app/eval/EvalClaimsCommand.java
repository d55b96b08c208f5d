package org.isnad.app.eval;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.isnad.extract.ClaimExtractor;
import org.isnad.extract.MentionFinder;
import org.isnad.extract.claim.ClaimScore;
import org.isnad.extract.claim.ClaimTagger;
import org.isnad.extract.claim.ClaimTrainer;
import org.isnad.model.Article;
import org.isnad.model.Claim;
import org.isnad.text.Sentence;
import org.isnad.text.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval claims GOLD.jsonl}: the claim models against annotated sentences: cues, sources (exact,
 * overlapping), chains, STATEMENT claims, trigger detection, PLOVER type (micro and per type), mode, and
 * token F1 of actor, target, place and time. {@code --folds N} cross-validates on GOLD instead (how the
 * settings were chosen); {@code --against OTHER.jsonl} scores a second annotation of the same sentences
 * against GOLD (agreement between annotators).
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Attribution and event-argument P/R/F1 against annotated sentences.")
public final class EvalClaimsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "GOLD.jsonl", arity = "1..*", description = "Annotated sentences (standoff JSON lines), e.g. models/claims/ant-claims-test.jsonl.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--news", paramLabel = "NEWS.jsonl.gz", description = "The news file the annotations point into (default: ${DEFAULT-VALUE}).")
  Path news = ClaimCommands.DEFAULT_NEWS;

  @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'isnad train claims' (default: the shipped one).")
  Path model;

  @Option(names = "--folds", description = "Cross-validate on GOLD with this many folds instead of scoring a model.")
  int folds;

  @Option(names = "--pipeline", description = "Also score the whole claim extractor: PLOVER types per sentence and source texts (exact), as claims.jsonl carries them.")
  boolean pipelineToo;

  @Option(names = "--rules", description = "Score the lexicon rules alone (the baseline the models replace).")
  boolean rules;

  @Option(names = "--against", paramLabel = "OTHER.jsonl", description = "Score this second annotation of GOLD's sentences (inter-annotator agreement).")
  Path against;

  /** Sentence-level (type) pairs of the whole claim extractor against the gold events that make claims. */
  private final ClaimScore.Count pipeline = new ClaimScore.Count();
  private final ClaimScore.Count pipelineSources = new ClaimScore.Count();
  private ClaimExtractor extractor;

  private void scorePipeline(ClaimTagger t, ClaimTrainer.Prepared p) {
    if (extractor == null) return;
    ClaimExtractor x = extractor.withTagger(t);
    String id = p.source().article();
    Article a = new Article(id, id, null, null, null, null, null, p.source().text(), List.of());
    Sentence whole = new Sentence(0, p.source().text().length(), 0, p.doc().tokens().size());
    Set<String> got = new HashSet<>();
    Set<String> gotSources = new HashSet<>();
    for (Claim c : x.extract(a, p.doc(), List.of(whole), mentions.find(p.doc()), List.of())) {
      if (!c.type().equals("STATEMENT")) got.add(c.type());
      if (c.source() != null) gotSources.add(c.source().text());
    }
    Set<String> want = new HashSet<>();
    for (ClaimTagger.TEvent e : p.gold().events()) {
      if (e.mode().equals("asserted") || e.mode().equals("negated") || e.mode().equals("hedged")) want.add(e.type());
    }
    Set<String> wantSources = new HashSet<>();
    for (ClaimTagger.TFrame f : p.gold().frames()) {
      if (f.source() != null) wantSources.add(text(p.doc().tokens(), f.source()));
    }
    count(pipeline, got, want);
    count(pipelineSources, gotSources, wantSources);
  }

  private static void count(ClaimScore.Count c, Set<String> got, Set<String> want) {
    for (String g : got) {
      if (want.contains(g)) c.tp++;
      else c.fp++;
    }
    for (String w : want) if (!got.contains(w)) c.fn++;
  }

  private MentionFinder mentions;

  private void score(ClaimScore score, ClaimTagger t, ClaimTrainer.Prepared p) {
    scorePipeline(t, p);
    ClaimTagger.Reading pred = t.read(p.features());
    show(p, pred);
    score.add(p.doc().tokens(), pred, p.gold());
    List<ClaimTagger.TEvent> given = new ArrayList<>();
    for (ClaimTagger.TEvent g : p.gold().events()) given.add(t.event(p.features(), g.trigger(), g.type()));
    score.addGivenTriggers(p.doc().tokens(), given, p.gold().events());
  }

  @Option(names = "--errors", paramLabel = "FILE", description = "Write each sentence with its gold and predicted reading (text spans), for error analysis.")
  Path errors;

  private PrintWriter err;

  private void show(ClaimTrainer.Prepared p, ClaimTagger.Reading pred) {
    if (err == null) return;
    Tokens t = p.doc().tokens();
    err.println(p.source().text());
    err.println("  gold: " + describe(t, p.gold()));
    err.println("  pred: " + describe(t, pred));
  }

  private static String text(Tokens t, ClaimTagger.Tok k) {
    return k == null ? "-" : t.text().substring(t.start(k.first()), t.end(k.end() - 1));
  }

  private static String describe(Tokens t, ClaimTagger.Reading r) {
    StringBuilder b = new StringBuilder();
    for (ClaimTagger.TFrame f : r.frames()) {
      b.append("[FRAME ").append(text(t, f.cue())).append(" chain=");
      for (ClaimTagger.Tok c : f.chain()) b.append('<').append(text(t, c)).append('>');
      b.append("] ");
    }
    for (ClaimTagger.TEvent e : r.events()) {
      b.append("[").append(e.type()).append(' ').append(e.mode()).append(' ').append(text(t, e.trigger()))
          .append(" A=").append(text(t, e.actor())).append(" T=").append(text(t, e.target()))
          .append(" P=").append(text(t, e.place())).append(" W=").append(text(t, e.time())).append("] ");
    }
    return b.toString();
  }

  @Override
  public Integer call() throws Exception {
    mentions = MentionFinder.load();
    if (pipelineToo) extractor = ClaimExtractor.load();
    ClaimTrainer.Readers readers = ClaimTrainer.Readers.load();
    List<ClaimTrainer.Prepared> gold = ClaimCommands.prepare(files, news, mentions, readers);
    ClaimScore score = new ClaimScore();
    int n = 0;
    if (errors != null) err = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8));
    if (against != null) {
      Map<String, ClaimTrainer.Prepared> other = ClaimCommands.byKey(ClaimCommands.prepare(List.of(against), news, mentions, readers));
      for (ClaimTrainer.Prepared g : gold) {
        ClaimTrainer.Prepared o = other.get(ClaimCommands.key(g.source()));
        if (o == null) continue;
        score.add(g.doc().tokens(), o.gold(), g.gold());
        n++;
      }
    } else if (rules) {
      for (ClaimTrainer.Prepared g : gold) {
        ClaimTagger.Reading pred = g.features().ruleReading();
        show(g, pred);
        score.add(g.doc().tokens(), pred, g.gold());
      }
      n = gold.size();
    } else if (folds > 1) {
      for (int k = 0; k < folds; k++) {
        List<ClaimTrainer.Prepared> train = new ArrayList<>();
        List<ClaimTrainer.Prepared> test = new ArrayList<>();
        // folds by article, so that no article is on both sides
        for (ClaimTrainer.Prepared p : gold) {
          (Math.floorMod(p.source().article().hashCode(), folds) == k ? test : train).add(p);
        }
        ClaimTagger t = ClaimTrainer.train(train, ClaimTrainer.SHIPPED.tuned());
        for (ClaimTrainer.Prepared p : test) score(score, t, p);
        n += test.size();
        System.err.println("fold " + (k + 1) + "/" + folds + " done");
      }
    } else {
      ClaimTagger t;
      if (model == null) {
        t = ClaimTagger.load();
        if (t == null) throw new IllegalStateException("no shipped claim model (" + ClaimTagger.RESOURCE + ")");
      } else {
        try (InputStream in = Files.newInputStream(model)) {
          t = ClaimTagger.read(in);
        }
      }
      for (ClaimTrainer.Prepared p : gold) score(score, t, p);
      n = gold.size();
    }
    if (err != null) err.close();
    System.out.print(score.report());
    if (extractor != null) {
      System.out.printf("pipeline: types per sentence %s%n", pipeline);
      System.out.printf("pipeline: sources (exact text) %s%n", pipelineSources);
    }
    System.out.println("(" + n + " sentences" + (folds > 1 ? ", " + folds + "-fold cross-validation by article" : "")
        + (against != null ? ", second annotation against the first" : "") + ")");
    return 0;
  }
}
