package org.plenary.core.internal.text;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.plenary.core.text.LocalizedText;

/**
 * The messages of one module, read from UTF-8 {@code .properties} resource bundles and never from
 * the JVM's default locale. The base file is English; any other language is a file beside it named
 * as {@link ResourceBundle} names them ({@code messages_ar.properties}, {@code
 * messages_zh_Hant.properties}), found when that language is first asked for. A facilitation adds a
 * language by adding such files, with no code change.
 *
 * <pre>{@code
 * static final Bundle MESSAGES =
 *     Bundle.load("/org/example/messages", Messages.class::getResourceAsStream);
 * MESSAGES.text("finding.overrun", "floor", "PT1M")   // a LocalizedText in every language
 * }</pre>
 *
 * <p>Patterns are ICU {@code MessageFormat} patterns, so plurals follow each language's CLDR rules
 * ({@code {0,plural,one{# place} other{# places}}}), and they are formatted with the CLDR conventions
 * that the core's words give for the language (see {@link Languages#conventions(Locale)}). A key that
 * a language lacks reads in English, and {@link #missing(Locale)} names it: the fallback is never
 * silent. Immutable and thread-safe once loaded.
 */
public final class Bundle {

  private static final ResourceBundle.Control NAMES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  /** Every bundle loaded, so that their gaps in a language can be listed. */
  private static final List<Bundle> LOADED = new CopyOnWriteArrayList<>();

  private final String name;
  private final String baseName;
  private final Function<String, InputStream> opener;
  private final Properties english;
  /** Each language's wordings, English filling its gaps, by language tag. */
  private final ConcurrentMap<String, Wordings> byLanguage = new ConcurrentHashMap<>();
  /** Parsed patterns, by language tag and then by key. */
  private final ConcurrentMap<String, ConcurrentMap<String, Template>> formats = new ConcurrentHashMap<>();

  private Bundle(String name, String baseName, Function<String, InputStream> opener, Properties english) {
    this.name = name;
    this.baseName = baseName;
    this.opener = opener;
    this.english = english;
  }

  /** One language's patterns, and the keys it had to borrow from English. */
  private record Wordings(Properties patterns, SortedSet<String> missing) {}

  /**
   * Loads the bundle {@code baseName}, each file opened by {@code opener} from its resource name
   * ({@code baseName.properties}, {@code baseName_fr.properties}, ...): the English file now, the
   * others when their language is first asked for. A module passes its own class's opener, so that
   * its resources stay inside it, and an absolute name, which names the bundle in {@link
   * Languages#gaps(Locale)}.
   *
   * @throws IllegalStateException if the English file is missing
   */
  public static Bundle load(String baseName, Function<String, InputStream> opener) {
    requireNonNull(baseName, "baseName");
    requireNonNull(opener, "opener");
    String name = baseName.startsWith("/") ? baseName.substring(1) : baseName;
    Properties english = read(baseName + ".properties", opener);
    if (english == null) {
      throw new IllegalStateException("resource bundle '" + baseName + ".properties' is missing");
    }
    Bundle bundle = new Bundle(name, baseName, opener, english);
    LOADED.add(bundle);
    return bundle;
  }

  private static Properties read(String file, Function<String, InputStream> opener) {
    try (InputStream in = opener.apply(file)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource bundle '" + file + "'", e);
    }
  }

  /**
   * The message {@code key} in every language, formatted with {@code args} when first read: rules and
   * re-plans make many findings that nobody may open. The arguments must not change afterwards.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public LocalizedText text(String key, Object... args) {
    requireNonNull(key, "key");
    requireKey(key);
    Object[] frozen = args.clone();
    return LocalizedText.written(language -> format(language, key, frozen));
  }

  /**
   * The message {@code key} in {@code locale}'s language (in English when that language lacks it),
   * formatted with {@code args}: {@link LocalizedText} arguments are put in the same language.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String format(Locale locale, String key, Object... args) {
    requireNonNull(locale, "locale");
    requireNonNull(key, "key");
    requireKey(key);
    String tag = locale.toLanguageTag();
    Object[] localized = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      localized[i] = args[i] instanceof LocalizedText t ? t.in(locale) : args[i];
    }
    return formats.computeIfAbsent(tag, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(key, k -> new Template(wordings(locale).patterns().getProperty(key),
            Languages.conventions(locale)))
        .format(localized);
  }

  /** The keys of the bundle, in order. */
  public SortedSet<String> keys() {
    return ImmutableSortedSet.copyOf(english.stringPropertyNames());
  }

  /**
   * The keys that have no wording of their own in {@code locale}'s language and read in English; empty
   * for English.
   */
  public SortedSet<String> missing(Locale locale) {
    return wordings(requireNonNull(locale, "locale")).missing();
  }

  /**
   * The pattern of {@code key} in {@code locale}'s language as its file writes it, if that language has
   * its own: for tests that compare languages.
   */
  public Optional<String> pattern(Locale locale, String key) {
    requireKey(requireNonNull(key, "key"));
    return missing(locale).contains(key) ? Optional.empty()
        : Optional.of(wordings(locale).patterns().getProperty(key));
  }

  /**
   * Of every bundle loaded so far, the keys that {@code locale}'s language lacks, by bundle name;
   * empty when the language has every wording.
   */
  static SortedMap<String, SortedSet<String>> gaps(Locale locale) {
    SortedMap<String, SortedSet<String>> gaps = new TreeMap<>();
    for (Bundle b : LOADED) {
      SortedSet<String> missing = b.missing(locale);
      if (!missing.isEmpty()) {
        gaps.computeIfAbsent(b.name, k -> new TreeSet<>()).addAll(missing);
      }
    }
    return Collections.unmodifiableSortedMap(gaps);
  }

  /**
   * What keeps {@code locale}'s language from matching English, one line per key: a key it lacks, a
   * pattern ICU cannot read, or placeholders that differ from English's ({@code {0}}, {@code {1}} ...).
   * Empty when the language is complete: what a facilitation checks after adding a language.
   */
  public List<String> differences(Locale locale) {
    requireNonNull(locale, "locale");
    List<String> out = new ArrayList<>();
    for (String key : keys()) {
      if (missing(locale).contains(key)) {
        out.add("key '" + key + "' has no wording in '" + locale.toLanguageTag() + "'");
        continue;
      }
      String pattern = raw(locale, key);
      try {
        SortedSet<Integer> own = Template.arguments(pattern);
        SortedSet<Integer> base = Template.arguments(english.getProperty(key));
        if (!own.equals(base)) {
          out.add("key '" + key + "' has placeholders " + own + " in '" + locale.toLanguageTag()
              + "' but " + base + " in English");
        }
      } catch (IllegalArgumentException e) {
        out.add("key '" + key + "' in '" + locale.toLanguageTag() + "' is not a valid pattern: "
            + e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  /** The pattern of {@code key} in {@code locale}'s language or English, unformatted; null if none. */
  String raw(Locale locale, String key) {
    return wordings(locale).patterns().getProperty(key);
  }

  private void requireKey(String key) {
    if (english.getProperty(key) == null) {
      throw new IllegalArgumentException("key '" + key + "' is not in bundle '" + name + "'");
    }
  }

  /**
   * The language's patterns: its files from the most general ({@code _zh}) to the most particular
   * ({@code _zh_Hant_TW}), each overriding the one before, over English.
   */
  private Wordings wordings(Locale locale) {
    return byLanguage.computeIfAbsent(locale.toLanguageTag(), tag -> {
      boolean isEnglish = locale.getLanguage().equals("en");
      List<Locale> candidates = new ArrayList<>(NAMES.getCandidateLocales("", locale));
      Collections.reverse(candidates);
      Properties own = new Properties();
      for (Locale candidate : candidates) {
        if (candidate.equals(Locale.ROOT)) {
          continue;
        }
        String file = NAMES.toBundleName(baseName, candidate) + ".properties";
        Properties found = read(file, opener);
        if (found != null) {
          for (String key : found.stringPropertyNames()) {
            if (!english.containsKey(key)) {
              throw new IllegalStateException("key '" + key + "' of bundle '" + name + "' is in '" + file
                  + "' but not in English");
            }
          }
          own.putAll(found);
        }
      }
      Properties merged = new Properties();
      merged.putAll(english);
      merged.putAll(own);
      SortedSet<String> missing = new TreeSet<>();
      for (String key : english.stringPropertyNames()) {
        if (!isEnglish && !own.containsKey(key)) {
          missing.add(key);
        }
      }
      return new Wordings(merged, ImmutableSortedSet.copyOf(missing));
    });
  }

  @Override
  public String toString() {
    return "Bundle[" + name + ", " + english.size() + (english.size() == 1 ? " key]" : " keys]");
  }
}
