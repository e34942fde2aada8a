package org.plenary.core.text;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The languages Plenary writes in. It ships the six official languages of the Assembly; any other
 * BCP 47 language works once its resource bundles are added, and reads in English, with the gap
 * named, where they lack a wording.
 *
 * <pre>{@code
 * Languages.OFFICIAL            // [ar, zh, en, fr, ru, es]
 * Languages.gaps(Locale.GERMAN) // {org/plenary/core/internal/messages=[channel.EMAIL, ...], ...}
 * Languages.name(Locale.GERMAN).in(Locale.FRENCH) // "allemand"
 * }</pre>
 */
public final class Languages {

  /** Arabic, Chinese, English, French, Russian and Spanish, in the order the Assembly lists them. */
  public static final List<Locale> OFFICIAL = List.of(Locale.forLanguageTag("ar"), Locale.CHINESE,
      Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

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

  /**
   * The CLDR locale whose conventions (dates, numbers) a language is written with, as the core's
   * words bundle states it under {@code cldr.locale}: {@code en-GB} for English, as the Assembly's
   * documents write it; the language itself when its words say nothing.
   */
  static ULocale conventions(Locale language) {
    requireNonNull(language, "language");
    String tag = LocalizedText.WORDS.raw(language, CONVENTIONS);
    boolean own = !LocalizedText.WORDS.missing(language).contains(CONVENTIONS);
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
