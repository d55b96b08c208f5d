package org.isnad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input is accounted for: an unreadable folder or file skips that entry only, links that loop or
 * lead nowhere are named, and the summary counts what was read, analysed and skipped by reason. Run in a
 * child JVM without capabilities, so that permissions hold even when the tests run as root.
 */
class InputAccountingTest {
  @Test
  void anUnreadableEntrySkipsThatEntryOnly(@TempDir Path dir) throws Exception {
    boolean root = ((Integer) Files.getAttribute(dir, "unix:uid")) == 0;
    boolean setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv"));
    assumeTrue(!root || setpriv, "skipped: running as root without /usr/bin/setpriv to drop the capabilities");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "قتل 5 مدنيين في قصف على دوما.\n", StandardCharsets.UTF_8);
    Path locked = Files.createDirectories(in.resolve("locked"));
    Files.writeString(locked.resolve("c.txt"), "قتل 3 مدنيين في قصف على حرستا.\n", StandardCharsets.UTF_8);
    Path secret = Files.writeString(in.resolve("secret.txt"), "قتل 7 مدنيين في قصف على عربين.\n", StandardCharsets.UTF_8);
    Path sub = Files.createDirectories(in.resolve("sub"));
    Files.writeString(sub.resolve("b.txt"), "أصيب 4 مدنيين في قصف على زملكا.\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(sub.resolve("loop"), in);
    Files.createSymbolicLink(in.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Files.writeString(in.resolve("new\nline.txt"), "");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    try {
      Path err = dir.resolve("stderr");
      Path out = dir.resolve("out");
      Process p = DataSetSurvivalTest.child("", root ? "/usr/bin/setpriv --inh-caps=-all --bounding-set=-all" : "",
          err, "analyze", "--no-index", "--out", out.toString(), in.toString()).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      List<String> lines = Files.readAllLines(err);
      assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
      assertThat(lines.subList(0, lines.size() - 1)).containsExactly(
          "isnad: recurring lines ...",
          "isnad: skipped " + in + "/gone.txt: dangling symbolic link (its target " + dir + "/nowhere.txt does not exist)",
          "isnad: skipped " + in + "/locked: cannot read folder (permission denied)",
          "isnad: skipped " + in + "/sub/loop: symbolic link loop (it leads back to a folder above it)",
          "isnad: skipped " + in + "/new\\nline.txt: empty file",
          "isnad: skipped " + in + "/secret.txt: cannot read file (permission denied)",
          "isnad: linking ...",
          "isnad: report ...");
      assertThat(lines.get(lines.size() - 1)).startsWith("isnad: 2 articles analysed of 2 read from 4 files; 5 skipped "
          + "(1 dangling symbolic link, 1 cannot read folder, 1 symbolic link loop, 1 empty file, 1 cannot read file) in ");
      assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(2);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
