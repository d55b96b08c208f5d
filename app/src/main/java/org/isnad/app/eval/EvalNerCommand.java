package org.isnad.app.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.extract.ner.AnnotatedNews;
import org.isnad.extract.ner.ConllSentence;
import org.isnad.extract.ner.NameLexicon;
import org.isnad.extract.ner.NameScore;
import org.isnad.extract.ner.NameTagger;
import org.isnad.extract.ner.NameTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval ner FILE.conll...}: phrase-level precision, recall and F1 of the name finder per type
 * and overall, CoNLL convention (a name counts when its words and type match exactly). Gold PERS is PER;
 * MISC is not scored: it is dropped from the gold names, and the tagger never outputs it. Sentences are read
 * in documents of {@code --window} consecutive sentences, as the tagger reads an article.
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Phrase-level P/R/F1 per type (CoNLL) of the name finder.")
public final class EvalNerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.conll", arity = "1..*", description = "Labelled data: 'word TAG' per line, IOB2, blank line between sentences; or standoff annotations (.tsv) read against --news.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--news", paramLabel = "NEWS.jsonl.gz", description = "The news file that standoff annotations (FILE.tsv, e.g. the shipped ant-names-dev.tsv) point into.")
  Path news;

  @Option(names = "--model", paramLabel = "MODEL", description = "A model written by 'isnad train ner' (default: the shipped one).")
  Path model;

  @Option(names = "--window", description = "Read this many consecutive sentences as one document, names made consistent within it as in an article (ANERcorp has no article breaks); 1 = each sentence alone (default: ${DEFAULT-VALUE}).")
  int window = DEFAULT_WINDOW;

  @Option(names = "--resources", paramLabel = "DIR", description = "The lexicon the model was trained with (clusters.tsv.gz, gazetteer.tsv, triggers.tsv, mined.tsv in DIR; default: the shipped one).")
  Path resources;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write every sentence with a missed or wrong name: the words, then '-' gold names not found and '+' found names not in gold.")
  Path errors;

  /** Chosen on the held-out tenth of train.conll. */
  static final int DEFAULT_WINDOW = 20;

  @Override
  public Integer call() throws Exception {
    NameLexicon lexicon = resources == null ? NameLexicon.load() : NameLexicon.load(resources, true);
    NameTagger tagger = model == null ? NameTagger.load() : NameTagger.load(model, lexicon);
    List<ConllSentence> all = new ArrayList<>();
    for (Path f : files) {
      List<ConllSentence> data = AnnotatedNews.readLabelled(f, news);
      all.addAll(data);
      if (files.size() > 1) {
        System.out.println(f);
        System.out.print(NameTrainer.evaluate(tagger, data, window).table());
        System.out.println();
      }
    }
    long t0 = System.nanoTime();
    PrintWriter err = errors == null ? null
        : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8));
    NameScore score = NameTrainer.evaluate(tagger, all, window, err == null ? null : (s, found) -> writeErrors(s, found, err));
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (err != null) err.close();
    int words = 0;
    for (ConllSentence s : all) words += s.words().length;
    if (files.size() > 1) System.out.println("all files");
    System.out.print(score.table());
    System.out.printf(Locale.ROOT, "(%d sentences, %d words, read %s; phrase-level, exact span and type; MISC not scored)%n",
        all.size(), words, window <= 1 ? "one by one" : "in documents of " + window + " consecutive sentences");
    System.err.printf(Locale.ROOT, "tagged in %.2f s%n", seconds);
    return 0;
  }

  private static final String[] TYPES = {"PER", "LOC", "ORG"};

  private static void writeErrors(ConllSentence s, List<ConllSentence.Chunk> found, PrintWriter out) {
    Set<ConllSentence.Chunk> gold = new HashSet<>(s.gold());
    Set<ConllSentence.Chunk> got = new HashSet<>(found);
    if (gold.equals(got)) return;
    out.println(String.join(" ", s.words()));
    for (ConllSentence.Chunk c : s.gold()) if (!got.contains(c)) out.println("- " + TYPES[c.type()] + "\t" + phrase(s, c));
    for (ConllSentence.Chunk c : found) if (!gold.contains(c)) out.println("+ " + TYPES[c.type()] + "\t" + phrase(s, c));
    out.println();
  }

  private static String phrase(ConllSentence s, ConllSentence.Chunk c) {
    return String.join(" ", java.util.Arrays.copyOfRange(s.words(), c.start(), c.end()));
  }
}
