package org.plenary.export.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The default word lists of the intake's settings, from {@code words.properties} beside this class (UTF-8). */
final class DefaultWords {

  private static final Map<String, String> WORDS = load();

  private DefaultWords() {}

  private static Map<String, String> load() {
    try (InputStream in = DefaultWords.class.getResourceAsStream("words.properties")) {
      if (in == null) {
        throw new IllegalStateException("the intake's words.properties is missing from the class path");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the intake's words.properties", e);
    }
  }

  /** The default of {@code key}, or an empty text if it has none. */
  static String get(String key) {
    return WORDS.getOrDefault(key, "");
  }

  /** The languages for which {@code prefix.<tag>} has a default. */
  static List<String> languages(String prefix) {
    return WORDS.keySet().stream().filter(k -> k.startsWith(prefix + ".")).map(k -> k.substring(prefix.length() + 1))
        .toList();
  }
}
