package org.isnad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS 0.91 with its standard DOCTYPE is read; a DOCTYPE that declares entities never is. */
class FeedDoctypeTest {
  @TempDir Path dir;

  final List<String> problems = new ArrayList<>();

  List<RawDocument> read(Path p) {
    return InputReader.readAll(List.of(p), x -> problems.add(x.toString()));
  }

  static String rss(String doctype, String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n<rss version=\"0.91\"><channel>"
        + "<title>سكاي نيوز عربية</title><link>https://www.skynewsarabia.com/</link><description>x</description>"
        + "<language>ar</language><item><title>الليرة السورية</title>"
        + "<link>https://www.skynewsarabia.com/business/1</link><description>" + text + "</description></item>"
        + "</channel></rss>\n";
  }

  @Test
  void rss091WithItsStandardDoctypeIsRead() throws Exception {
    Path p = Files.writeString(dir.resolve("feed.rss"), rss("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
        + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">", InputReaderTest.SKY_1 + " &amp; " + InputReaderTest.SKY_2));
    List<RawDocument> docs = read(p);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::id).containsExactly("https://www.skynewsarabia.com/business/1");
    assertThat(docs.get(0).body()).isEqualTo(InputReaderTest.SKY_1 + " & " + InputReaderTest.SKY_2);
  }

  @Test
  void externalEntitiesAreNeverRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
    Path p = Files.writeString(dir.resolve("xxe.rss"), rss("<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>",
        InputReaderTest.SKY_1 + " &x;"));
    assertThat(read(p)).isEmpty();
    assertThat(problems).containsExactly(p + ": bad RSS/Atom feed: its DOCTYPE declares entities (an internal subset), "
        + "which are never expanded");
  }

  @Test
  void entityExpansionIsNeverDone() throws Exception {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path p = Files.writeString(dir.resolve("laughs.rss"), rss(laughs.append("]>").toString(), InputReaderTest.SKY_1 + " &a9;"));
    assertThat(read(p)).isEmpty();
    assertThat(problems).containsExactly(p + ": bad RSS/Atom feed: its DOCTYPE declares entities (an internal subset), "
        + "which are never expanded");
  }
}
