package org.isnad.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.extract.ner.ConllSentence;
import org.isnad.extract.ner.NameScore;
import org.isnad.extract.ner.NameTagger;
import org.isnad.extract.ner.NameTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad eval ner FILE.conll...}: phrase-level precision, recall and F1 of the name finder per type
 * and overall, CoNLL convention (a name counts when its words and type match exactly). Gold PERS is PER;
 * MISC is not scored: it is dropped from the gold names, and the tagger never outputs it.
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Phrase-level P/R/F1 per type (CoNLL) of the name finder.")
public final class EvalNerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.conll", arity = "1..*", description = "Labelled data: 'word TAG' per line, IOB2, blank line between sentences.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--model", paramLabel = "MODEL", description = "A model written by 'isnad train ner' (default: the shipped one).")
  Path model;

  @Override
  public Integer call() throws Exception {
    NameTagger tagger = model == null ? NameTagger.load() : NameTagger.load(model);
    List<ConllSentence> all = new ArrayList<>();
    for (Path f : files) {
      List<ConllSentence> data = ConllSentence.read(f);
      all.addAll(data);
      if (files.size() > 1) {
        System.out.println(f);
        System.out.print(NameTrainer.evaluate(tagger, data).table());
        System.out.println();
      }
    }
    long t0 = System.nanoTime();
    NameScore score = NameTrainer.evaluate(tagger, all);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int words = 0;
    for (ConllSentence s : all) words += s.words().length;
    if (files.size() > 1) System.out.println("all files");
    System.out.print(score.table());
    System.out.printf(Locale.ROOT, "(%d sentences, %d words; phrase-level, exact span and type; MISC not scored)%n", all.size(), words);
    System.err.printf(Locale.ROOT, "tagged in %.2f s%n", seconds);
    return 0;
  }
}
