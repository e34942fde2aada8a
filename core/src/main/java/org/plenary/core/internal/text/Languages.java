package org.plenary.core.internal.text;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import org.plenary.core.text.LocalizedText;

/**
 * How each language writes what Plenary composes: the CLDR conventions of its dates and numbers,
 * its lists, the names of languages, and the keys each language lacks. Plenary ships the six
 * official languages of the Assembly ({@link LocalizedText#OFFICIAL_LANGUAGES}); any other BCP 47
 * language works once its resource bundles are added, and reads in English, with the gap named,
 * where they lack a wording.
 *
 * <pre>{@code
 * Languages.gaps(Locale.GERMAN) // {org/plenary/core/internal/messages=[channel.EMAIL, ...], ...}
 * Languages.name(Locale.GERMAN).in(Locale.FRENCH) // "allemand"
 * Languages.list(List.of(a, b, c)).in(Locale.FRENCH) // "a, b et c"
 * }</pre>
 */
public final class Languages {

  /** The core's words: lists, durations, dates, and each language's CLDR conventions. */
  static final Bundle WORDS = Bundle.load("/org/plenary/core/text/words", Languages.class::getResourceAsStream);

  private static final String CONVENTIONS = "cldr.locale";

  private Languages() {}

  /** Whether {@code tag} is a BCP 47 language tag in the form {@link Locale#toLanguageTag()} writes. */
  public static boolean isTag(String tag) {
    Locale locale = Locale.forLanguageTag(requireNonNull(tag, "tag"));
    return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equals(tag);
  }

  /** The name of {@code language} in each reader's language, from CLDR: "German", "allemand", "немецкий". */
  public static LocalizedText name(Locale language) {
    requireNonNull(language, "language");
    return LocalizedText.written(reader -> ULocale.forLocale(language).getDisplayName(conventions(reader)));
  }

  /** The texts as a list reads in each language: "a, b and c", "a, b et c", "a、b和c". */
  public static LocalizedText list(List<? extends LocalizedText> items) {
    List<LocalizedText> copy = List.copyOf(items);
    return LocalizedText.written(language -> {
      if (copy.isEmpty()) {
        return WORDS.format(language, "list.none");
      }
      String out = copy.get(0).in(language);
      for (int i = 1; i < copy.size(); i++) {
        out = WORDS.format(language, i == copy.size() - 1 ? "list.last" : "list.next", out,
            copy.get(i).in(language));
      }
      return out;
    });
  }

  /**
   * The CLDR locale whose conventions (dates, numbers) a language is written with, as the core's
   * words bundle states it under {@code cldr.locale}: {@code en-GB} for English, as the Assembly's
   * documents write it; the language itself when its words say nothing.
   */
  static ULocale conventions(Locale language) {
    requireNonNull(language, "language");
    String tag = WORDS.raw(language, CONVENTIONS);
    boolean own = !WORDS.missing(language).contains(CONVENTIONS);
    return own || language.getLanguage().equals("en") ? ULocale.forLanguageTag(tag)
        : ULocale.forLocale(language);
  }

  /**
   * The keys that {@code language} lacks, by bundle, among the bundles loaded so far: those texts
   * read in English. Empty when the language has every wording.
   */
  public static SortedMap<String, SortedSet<String>> gaps(Locale language) {
    return Bundle.gaps(requireNonNull(language, "language"));
  }
}
