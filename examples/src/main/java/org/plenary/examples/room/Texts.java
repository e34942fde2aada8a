package org.plenary.examples.room;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The room's words in one of the six official languages, from the resource bundles
 * {@code org/plenary/examples/room/room_<lang>.properties}, never from the JVM's default locale; and
 * which of the six a reader gets: {@code ?lang=}, then {@code Accept-Language}, then English.
 * Immutable and thread-safe.
 */
final class Texts {

  /** The languages the room speaks, in the order the Assembly lists them. */
  static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("ar"), Locale.forLanguageTag("zh"),
      Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

  private static final List<String> TAGS = LANGUAGES.stream().map(Locale::toLanguageTag).toList();
  private static final Map<Locale, Texts> ALL = new LinkedHashMap<>();

  static {
    for (Locale language : LANGUAGES) {
      ALL.put(language, new Texts(language));
    }
  }

  private final Locale language;
  private final ResourceBundle bundle;

  private Texts(Locale language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle("org.plenary.examples.room.room", language, Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts of {@code language}, one of {@link #LANGUAGES}. */
  static Texts of(Locale language) {
    Texts t = ALL.get(requireNonNull(language, "language"));
    if (t == null) {
      throw new IllegalArgumentException("language '" + language.toLanguageTag() + "' is not one of " + TAGS);
    }
    return t;
  }

  /**
   * The reader's language: {@code lang} if given (a BCP 47 tag or range such as {@code fr-CA}), else
   * the best of {@code acceptLanguage}, else English.
   *
   * @throws IllegalArgumentException naming {@code lang} when it is malformed or none of the six
   */
  static Locale negotiate(String lang, String acceptLanguage) {
    if (lang != null) {
      String found = null;
      try {
        found = Locale.lookupTag(Locale.LanguageRange.parse(lang), TAGS);
      } catch (IllegalArgumentException malformed) {
        // named below
      }
      if (found == null) {
        throw new IllegalArgumentException("lang '" + oneLine(lang) + "' is not one of " + String.join(", ", TAGS));
      }
      return Locale.forLanguageTag(found);
    }
    if (acceptLanguage != null) {
      try {
        String found = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
        if (found != null) {
          return Locale.forLanguageTag(found);
        }
      } catch (IllegalArgumentException malformed) {
        // a browser's header that does not parse: English, as without one
      }
    }
    return Locale.ENGLISH;
  }

  /** The language. */
  Locale language() {
    return language;
  }

  /** Its BCP 47 tag, for {@code lang}. */
  String tag() {
    return language.toLanguageTag();
  }

  /** {@code rtl} or {@code ltr}, for {@code dir}, as CLDR gives the language's script. */
  String dir() {
    return ULocale.forLocale(language).isRightToLeft() ? "rtl" : "ltr";
  }

  /** The text {@code key}. */
  String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("the room's text '" + key + "' is missing in " + tag(), e);
    }
  }

  /** The text {@code key} with {@code args} in its places, as ICU formats them in this language. */
  String format(String key, Object... args) {
    return new com.ibm.icu.text.MessageFormat(text(key), language).format(args);
  }

  /** Every key the language's bundle gives, its own or English. */
  List<String> keys() {
    return new ArrayList<>(bundle.keySet());
  }

  /** {@code s} cut to one line of at most 40 characters, for a message that echoes it. */
  static String oneLine(String s) {
    String flat = s.replaceAll("\\p{Cntrl}", "?");
    return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
  }

  @Override
  public String toString() {
    return "Texts[" + tag() + "]";
  }
}
