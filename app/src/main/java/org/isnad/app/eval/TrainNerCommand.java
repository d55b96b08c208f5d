package org.isnad.app.eval;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.extract.ner.AnnotatedNews;
import org.isnad.extract.ner.ConllSentence;
import org.isnad.extract.ner.GazetteerBuilder;
import org.isnad.extract.ner.NameLexicon;
import org.isnad.extract.ner.NameMiner;
import org.isnad.extract.ner.NameScore;
import org.isnad.extract.ner.NameTrainer;
import org.isnad.extract.ner.WordClusterBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad train ner --out MODEL FILE.conll...}: trains the name finder. With the defaults on
 * ANERcorp's train.conll and, as {@code --extra}, the shipped annotated ANT sentences ({@code
 * ant-names-train.tsv} with {@code --news} pointing at the ANT corpus) it writes the shipped {@code
 * core/src/main/resources/models/ner/model.bin.gz} (fixed seed and epoch count). {@code --dev-fraction}
 * holds out the last part of the sentences and prints their scores after each epoch: how the settings
 * were chosen. {@code --gazetteers-from} and
 * {@code --clusters-from} rebuild the lexicon resources into {@code --resources} first.
 */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Train the name-finder model.")
public final class TrainNerCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.conll", arity = "0..*", description = "Training data: CoNLL, one 'word TAG' per line (IOB2).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", paramLabel = "MODEL", description = "Where to write the model (gzip binary).")
  Path out;

  @Option(names = "--extra", paramLabel = "FILE", split = ",", description = "More training data that is never held out by --dev-fraction (comma-separated; CoNLL, or standoff .tsv read against --news), so held-out scores stay on the FILE.conll data alone.")
  List<Path> extra = new ArrayList<>();

  @Option(names = "--news", paramLabel = "NEWS.jsonl.gz", description = "The news file that standoff annotations (.tsv, e.g. the shipped ant-names-train.tsv) point into.")
  Path news;

  @Option(names = "--epochs", description = "Training epochs (default: ${DEFAULT-VALUE}).")
  int epochs = NameTrainer.Settings.SHIPPED.epochs();

  @Option(names = "--bits", description = "log2 of the feature hash-table size (default: ${DEFAULT-VALUE}).")
  int bits = NameTrainer.Settings.SHIPPED.bits();

  @Option(names = "--seed", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
  long seed = NameTrainer.Settings.SHIPPED.seed();

  @Option(names = "--outside-penalty", description = "Subtracted from O scores when tagging: more recall, less precision (default: ${DEFAULT-VALUE}).")
  float outsidePenalty = NameTrainer.Settings.SHIPPED.outsidePenalty();

  @Option(names = "--runs", description = "Training runs with seeds seed, seed+1, ... whose weights are averaged (default: ${DEFAULT-VALUE}).")
  int runs = NameTrainer.Settings.SHIPPED.runs();

  @Option(names = "--margin", description = "Cost of a wrong label when decoding during training (cost-augmented perceptron; 0: plain) (default: ${DEFAULT-VALUE}).")
  float margin = NameTrainer.Settings.SHIPPED.margin();

  @Option(names = "--dev-offset", description = "With --dev-fraction: the held-out part starts at this fraction of the sentences instead of at the end (for cross-validation).")
  double devOffset = -1;

  @Option(names = "--dev-fraction", description = "Hold out this last fraction of the sentences and score it after each epoch.")
  double devFraction;

  @Option(names = "--resources", paramLabel = "DIR", description = "Lexicon resources to use and (with --*-from) write: clusters.tsv.gz, gazetteer.tsv, triggers.tsv. Default: the shipped ones.")
  Path resources;

  @Option(names = "--gazetteers-from", paramLabel = "DATA", description = "Rebuild gazetteer.tsv from DATA/gazetteers/{anergazet,geonames}.")
  Path gazetteersFrom;

  @Option(names = "--clusters-from", paramLabel = "NEWS.jsonl.gz", split = ",", description = "Rebuild clusters.tsv.gz from these news files (comma-separated).")
  List<Path> clustersFrom = new ArrayList<>();

  @Option(names = "--cluster-words", description = "With --clusters-from: how many of the most frequent words get clusters (default: ${DEFAULT-VALUE}).")
  int clusterWords = WordClusterBuilder.Settings.SHIPPED.words();

  @Option(names = "--mine-from", paramLabel = "NEWS.jsonl.gz", split = ",", description = "Self-training: train once without mined names, tag these news files, keep recurring confident names (mined.tsv, written into --resources when given), then train again with them.")
  List<Path> mineFrom = new ArrayList<>();

  @Option(names = "--mine-confidence", description = "Mined names: minimum span confidence (default: ${DEFAULT-VALUE}).")
  double mineConfidence = NameMiner.Settings.SHIPPED.minConfidence();

  @Option(names = "--mine-articles", description = "Mined names: minimum number of articles (default: ${DEFAULT-VALUE}).")
  int mineArticles = NameMiner.Settings.SHIPPED.minArticles();

  @Option(names = "--mine-share", description = "Mined names: minimum share of the majority type (default: ${DEFAULT-VALUE}).")
  double mineShare = NameMiner.Settings.SHIPPED.minShare();

  @Option(names = "--silver", description = "With --mine-from: add up to this many news sentences tagged by the first model to the training data (default: ${DEFAULT-VALUE}).")
  int silverMax;

  @Option(names = "--silver-confidence", description = "Silver sentences: minimum confidence of every name (default: ${DEFAULT-VALUE}).")
  double silverConfidence = 0.7;

  @Option(names = "--silver-every", description = "Silver sentences: keep every n-th eligible one (default: ${DEFAULT-VALUE}).")
  int silverEvery = 20;

  /** The curated names in {@code dir}, or null when it has none (a resources directory from before them). */
  private static Path curated(Path dir) {
    Path p = dir.resolve("curated-names.tsv");
    return Files.exists(p) ? p : null;
  }

  @Override
  public Integer call() throws Exception {
    if ((gazetteersFrom != null || !clustersFrom.isEmpty()) && resources == null) {
      System.err.println("--gazetteers-from and --clusters-from need --resources DIR");
      return 2;
    }
    if (gazetteersFrom != null) {
      GazetteerBuilder.build(gazetteersFrom.resolve("gazetteers/anergazet"),
          gazetteersFrom.resolve("gazetteers/geonames/cities15000_arabic_names.tsv"), curated(resources), resources.resolve("gazetteer.tsv"));
      System.err.println("wrote " + resources.resolve("gazetteer.tsv"));
    }
    if (!clustersFrom.isEmpty()) {
      long t0 = System.nanoTime();
      WordClusterBuilder b = new WordClusterBuilder();
      List<String> names = new ArrayList<>();
      for (Path p : clustersFrom) {
        b.addNews(p);
        names.add(p.getFileName().toString());
      }
      Path file = resources.resolve(WordClusterBuilder.View.NEIGHBOURS.file);
      b.write(WordClusterBuilder.Settings.SHIPPED.withWords(clusterWords), file, names);
      System.err.printf(Locale.ROOT, "wrote %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
    }
    if (files.isEmpty()) {
      if (out != null) System.err.println("no training files");
      return out == null ? 0 : 2;
    }
    List<ConllSentence> data = new ArrayList<>();
    for (Path f : files) data.addAll(AnnotatedNews.readLabelled(f, news));
    List<ConllSentence> dev = List.of();
    if (devFraction > 0) {
      int cut = (int) Math.round(data.size() * (devOffset >= 0 ? devOffset : 1 - devFraction));
      int end = Math.min(data.size(), cut + (int) Math.round(data.size() * devFraction));
      dev = new ArrayList<>(data.subList(cut, end));
      List<ConllSentence> rest = new ArrayList<>(data.subList(0, cut));
      rest.addAll(data.subList(end, data.size()));
      data = rest;
    }
    for (Path f : extra) data.addAll(AnnotatedNews.readLabelled(f, news));
    Path minedFile = resources == null ? null : resources.resolve("mined.tsv");
    NameLexicon lexicon = resources == null ? NameLexicon.load() : NameLexicon.load(resources, mineFrom.isEmpty());
    NameTrainer.Settings settings = new NameTrainer.Settings(bits, epochs, seed, outsidePenalty, runs, margin);
    if (mineFrom.isEmpty()) {
      // the shipped (or --resources) silver sentences: news tagged by the first model (see --silver)
      List<ConllSentence> silver = null;
      if (resources != null && Files.exists(resources.resolve("silver.conll.gz"))) {
        silver = ConllSentence.read(resources.resolve("silver.conll.gz"));
      } else if (resources == null) {
        java.io.InputStream in = NameLexicon.class.getResourceAsStream("/models/ner/silver.conll.gz");
        if (in != null) silver = ConllSentence.read(new java.util.zip.GZIPInputStream(in));
      }
      if (silver != null) {
        if (devFraction > 0) System.err.println("note: the shipped silver sentences and mined names come from a tagger that saw the held-out part; use --mine-from for honest dev scores");
        data = new ArrayList<>(data);
        data.addAll(silver);
        System.err.printf(Locale.ROOT, "added %d silver sentences%n", silver.size());
      }
    }
    if (!mineFrom.isEmpty()) {
      long t1 = System.nanoTime();
      NameTrainer first = new NameTrainer(lexicon.withMined(java.util.Map.of()), settings);
      NameMiner miner = new NameMiner(first.train(data, null), new NameMiner.Settings(mineConfidence, mineArticles, mineShare))
          .keepSilver(silverMax, silverConfidence, silverEvery);
      List<String> names = new ArrayList<>();
      for (Path p : mineFrom) {
        miner.addNews(p);
        names.add(p.getFileName().toString());
      }
      java.util.Map<String, String> mined = miner.names();
      if (minedFile != null) {
        miner.write(minedFile, names);
        System.err.println("wrote " + minedFile);
      }
      lexicon = lexicon.withMined(mined);
      if (minedFile != null && !miner.silver().isEmpty()) {
        miner.writeSilver(resources.resolve("silver.conll.gz"));
        System.err.println("wrote " + resources.resolve("silver.conll.gz"));
      }
      if (!miner.silver().isEmpty()) {
        data = new ArrayList<>(data);
        data.addAll(miner.silver());
        System.err.printf(Locale.ROOT, "added %d silver sentences%n", miner.silver().size());
      }
      System.err.printf(Locale.ROOT, "mined %d names in %.1f s%n", mined.size(), (System.nanoTime() - t1) / 1e9);
    }
    System.err.printf(Locale.ROOT, "training on %d sentences (%d held out), %s%n", data.size(), dev.size(), settings);
    NameTrainer trainer = new NameTrainer(lexicon, settings);
    long t0 = System.nanoTime();
    List<ConllSentence> held = dev;
    trainer.train(data, held.isEmpty() ? null : (epoch, tagger) -> {
      NameScore s = NameTrainer.evaluate(tagger, held);
      double[] all = s.prf(-1);
      System.err.printf(Locale.ROOT, "epoch %2d  dev P %.4f R %.4f F1 %.4f  (PER %.4f LOC %.4f ORG %.4f)%n", epoch,
          all[0], all[1], all[2], s.prf(0)[2], s.prf(1)[2], s.prf(2)[2]);
      if (epoch == settings.epochs()) {
        System.out.print(s.table());
        for (int window : new int[] {5, 10, 20, 40}) {
          double[] a = NameTrainer.evaluate(tagger, held, window).prf(-1);
          System.err.printf(Locale.ROOT, "  documents of %2d sentences  dev P %.4f R %.4f F1 %.4f%n", window, a[0], a[1], a[2]);
        }
        for (float p : new float[] {0, 4, 8, 12, 16, 24, 32, 48, 64, 96}) {
          double[] a = NameTrainer.evaluate(NameTrainer.withOutsidePenalty(tagger, p), held).prf(-1);
          double[] d = NameTrainer.evaluate(NameTrainer.withOutsidePenalty(tagger, p), held, 20).prf(-1);
          System.err.printf(Locale.ROOT, "  O penalty %4.1f  dev F1 %.4f sentence by sentence, %.4f in documents of 20 (P %.4f R %.4f)%n",
              p, a[2], d[2], d[0], d[1]);
        }
      }
    });
    System.err.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    if (out != null) {
      if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
      try (OutputStream os = Files.newOutputStream(out)) {
        trainer.write(os);
      }
      System.err.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
    }
    return 0;
  }
}
