package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** A WARC record whose Content-Length is short loses that record's tail, not the records after it. */
class WarcResyncTest {
  @TempDir Path dir;

  final List<String> problems = new ArrayList<>();

  /** The WARC of {@code pages} pages with the Content-Length of the {@code k}th record (from 0) made 100 bytes short. */
  Path shortRecord(int pages, int k) throws Exception {
    Path p = dir.resolve("short.warc");
    InputReaderTest.writeWarc(p, WarcCompression.NONE, pages);
    String s = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("Content-Length: (\\d+)").matcher(s);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      m.appendReplacement(out, "Content-Length: " + (i++ == k ? n - 100 : n));
    }
    m.appendTail(out);
    return Files.write(p, out.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  List<String> ids(Path p) {
    return InputReader.readAll(List.of(p), x -> problems.add(x.toString())).stream().map(RawDocument::id).toList();
  }

  @Test
  void theRecordsAfterAShortOneAreStillRead() throws Exception {
    // Content-Length headers: request 0, response 0, its HTTP header, request 1 (the short one), ...
    Path p = shortRecord(3, 3);
    List<String> ids = ids(p);
    assertThat(problems).containsExactly(p + ": corrupt WARC record after record 3 (invalid WARC record at position 5: "
        + "...: https://www.skynewsarabia.com/business<-- HERE -->/1036478\\r\\nWARC-Type: request\\r\\n\\r\\nGET /bus...); "
        + "read on from the next record, at byte 2470");
    assertThat(ids).containsExactly("3f0b6a3e-0c5d-4f4e-9d8c-000000000000", "3f0b6a3e-0c5d-4f4e-9d8c-000000000001",
        "3f0b6a3e-0c5d-4f4e-9d8c-000000000002");
  }
}
