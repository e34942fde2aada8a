package org.plenary.core.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The messages of one module, read from UTF-8 {@code .properties} resource bundles in English (the
 * base file) and French ({@code _fr}) and never from the JVM's default locale.
 *
 * <p>A module loads its own bundle, so that the resources stay inside the module:
 *
 * <pre>{@code
 * static final Bundle MESSAGES =
 *     Bundle.load("messages", name -> Messages.class.getResourceAsStream(name));
 * MESSAGES.text("finding.overrun", "floor", "PT1M")   // a LocalizedText in en and fr
 * }</pre>
 *
 * <p>Patterns are {@link MessageFormat} patterns formatted with the reader's locale. Immutable and
 * thread-safe once loaded.
 */
public final class Bundle {

  /** The languages every bundle is read in; English is the base file. */
  public static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH};

  private final String name;
  private final Map<String, Properties> byLanguage;
  /** Parsed patterns, by language and then by key. */
  private final ConcurrentMap<String, ConcurrentMap<String, Template>> formats = new ConcurrentHashMap<>();

  private Bundle(String name, Map<String, Properties> byLanguage) {
    this.name = name;
    this.byLanguage = byLanguage;
  }

  /**
   * Loads {@code baseName.properties} (English) and {@code baseName_fr.properties} (French), each
   * opened by {@code opener} from a resource name relative to the opener's class.
   *
   * @throws IllegalStateException if a file is missing, or a key is in one language only
   */
  public static Bundle load(String baseName, Function<String, InputStream> opener) {
    requireNonNull(baseName, "baseName");
    requireNonNull(opener, "opener");
    Map<String, Properties> byLanguage = new TreeMap<>();
    for (Locale language : LANGUAGES) {
      String file = baseName + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage())
          + ".properties";
      Properties properties = new Properties();
      try (InputStream in = opener.apply(file)) {
        if (in == null) {
          throw new IllegalStateException("resource bundle '" + file + "' is missing");
        }
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource bundle '" + file + "'", e);
      }
      byLanguage.put(language.getLanguage(), properties);
    }
    Properties english = byLanguage.get("en");
    for (Map.Entry<String, Properties> e : byLanguage.entrySet()) {
      for (String key : e.getValue().stringPropertyNames()) {
        if (!english.containsKey(key)) {
          throw new IllegalStateException("key '" + key + "' of bundle '" + baseName
              + "' is in '" + e.getKey() + "' but not in English");
        }
      }
      for (String key : english.stringPropertyNames()) {
        if (!e.getValue().containsKey(key)) {
          throw new IllegalStateException("key '" + key + "' of bundle '" + baseName
              + "' has no '" + e.getKey() + "' wording");
        }
      }
    }
    return new Bundle(baseName, byLanguage);
  }

  /**
   * The message {@code key} in every language, formatted with {@code args} when first read: rules and
   * re-plans make many findings that nobody may open. The arguments must not change afterwards.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public LocalizedText text(String key, Object... args) {
    requireNonNull(key, "key");
    if (byLanguage.get("en").getProperty(key) == null) {
      throw new IllegalArgumentException("key '" + key + "' is not in bundle '" + name + "'");
    }
    Object[] frozen = args.clone();
    return new DeferredText(language -> format(language, key, frozen));
  }

  /**
   * The message {@code key} in {@code locale}'s language (English when the bundle lacks it),
   * formatted with {@code args}: {@link LocalizedText} arguments are put in the same language.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String format(Locale locale, String key, Object... args) {
    requireNonNull(locale, "locale");
    requireNonNull(key, "key");
    Properties properties = byLanguage.getOrDefault(locale.getLanguage(), byLanguage.get("en"));
    String pattern = properties.getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("key '" + key + "' is not in bundle '" + name + "'");
    }
    Object[] localized = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      localized[i] = args[i] instanceof LocalizedText t ? t.in(locale) : args[i];
    }
    return formats.computeIfAbsent(locale.getLanguage(), k -> new ConcurrentHashMap<>())
        .computeIfAbsent(key, k -> new Template(pattern, locale)).format(localized);
  }

  @Override
  public String toString() {
    return "Bundle[" + name + ", " + byLanguage.keySet() + "]";
  }
}
