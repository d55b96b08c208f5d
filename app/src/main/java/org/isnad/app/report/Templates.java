package org.isnad.app.report;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The Pebble templates under {@code templates/} on the classpath, with HTML auto-escaping on: every
 * {@code {{ value }}} is escaped, so article text (untrusted) can never become markup.
 */
public final class Templates {
  private static final PebbleEngine ENGINE = build();

  private Templates() {}

  private static PebbleEngine build() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    return new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
        .strictVariables(false).defaultLocale(java.util.Locale.ROOT).newLineTrimming(false).build();
  }

  public static void render(String name, Map<String, Object> context, Writer out) {
    try {
      ENGINE.getTemplate(name).evaluate(out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String render(String name, Map<String, Object> context) {
    StringWriter w = new StringWriter();
    render(name, context, w);
    return w.toString();
  }
}
