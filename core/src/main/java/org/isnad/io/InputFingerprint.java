package org.isnad.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * What a run's inputs were, cheaply: SHA-256 over the inputs as given (absolute) and every regular file
 * under them (links followed, sorted) with its size and modification time. A resumed run skips the records
 * the interrupted one consumed, which is only right when they are the same records.
 */
public final class InputFingerprint {
  private InputFingerprint() {}

  public static String of(List<Path> inputs) {
    MessageDigest sha = sha256();
    for (Path in : inputs) {
      Path abs = in.toAbsolutePath().normalize();
      add(sha, "input " + abs);
      List<String> files = new ArrayList<>();
      try {
        Files.walkFileTree(abs, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
            if (a.isRegularFile()) files.add(f + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            files.add(f + "\tunreadable");
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        files.add(abs + "\tunreadable");
      }
      files.sort(null);
      for (String f : files) add(sha, f);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void add(MessageDigest sha, String line) {
    sha.update(line.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
