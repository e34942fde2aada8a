package org.plenary.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A short text in any set of languages, keyed by BCP 47 language tag ({@code en}, {@code fr},
 * {@code zh}, {@code zh-Hant}, ...).
 *
 * <p>A reader whose language is missing gets the nearest wording: the same language without its
 * region or script, then English, then the first wording; {@link #languageIn(Locale)} says which
 * wording that is. A text that reads the same in every language (a proper name, say) holds one
 * wording. Immutable and thread-safe.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("Plenary on cooperation", "Séance plénière sur la coopération")
 *     .with(Locale.forLanguageTag("es"), "Sesión plenaria sobre cooperación");
 * title.in(Locale.FRENCH);             // "Séance plénière sur la coopération"
 * title.in(Locale.CHINESE);            // "Plenary on cooperation", the English wording
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class LocalizedText {

  /**
   * The six official languages of the Assembly, in the order it lists them: Arabic, Chinese,
   * English, French, Russian and Spanish. Plenary ships its wordings in each.
   */
  public static final List<Locale> OFFICIAL_LANGUAGES = List.of(Locale.forLanguageTag("ar"), Locale.CHINESE,
      Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

  LocalizedText() {}

  /** The text by language tag, in the tags' order; never empty. */
  @Value.NaturalOrder
  public abstract NavigableMap<String, String> byLanguage();

  /** A text that reads the same in every language. */
  public static LocalizedText of(String text) {
    return ImmutableLocalizedText.builder().putByLanguage("en", requireNonNull(text, "text")).build();
  }

  /** A text in English and French. */
  public static LocalizedText of(String english, String french) {
    return ImmutableLocalizedText.builder()
        .putByLanguage("en", requireNonNull(english, "english"))
        .putByLanguage("fr", requireNonNull(french, "french"))
        .build();
  }

  /** A text from a map of language tag to text, which must not be empty. */
  public static LocalizedText of(Map<String, String> byLanguage) {
    return ImmutableLocalizedText.builder().putAllByLanguage(byLanguage).build();
  }

  /**
   * A text written by {@code wording} in each language of the bundles, each when first read: for
   * texts composed from others, such as a list of names. What it reads must not change.
   */
  public static LocalizedText written(Function<Locale, String> wording) {
    return new DeferredText(requireNonNull(wording, "wording"));
  }

  /** This text with {@code text} in {@code language}, replacing what that language had. */
  public LocalizedText with(Locale language, String text) {
    requireNonNull(language, "language");
    requireNonNull(text, "text");
    var copy = new java.util.TreeMap<>(byLanguage());
    copy.put(language.toLanguageTag(), text);
    return of(copy);
  }

  /**
   * The text in {@code locale}'s language: its own wording, else the wording of the same language
   * without region or script, else English, else the first wording.
   */
  public String in(Locale locale) {
    String text = own(requireNonNull(locale, "locale"));
    return text != null ? text : english();
  }

  private String own(Locale locale) {
    String tag = ownTag(locale);
    return tag == null ? null : byLanguage().get(tag);
  }

  /** The tag of {@code locale}'s own wording: its whole tag, its language and script, or its language. */
  private String ownTag(Locale locale) {
    NavigableMap<String, String> texts = byLanguage();
    for (String tag : new String[] {locale.toLanguageTag(),
        locale.getScript().isEmpty() ? null : locale.getLanguage() + "-" + locale.getScript(), locale.getLanguage()}) {
      if (tag != null && texts.containsKey(tag)) {
        return tag;
      }
    }
    return null;
  }

  /**
   * The language of the wording that {@link #in(Locale)} gives for {@code locale}: {@code locale}
   * itself when the text has it, else the language it falls back to. For formats that label their
   * text's language (iCalendar's {@code LANGUAGE}, HTML's {@code lang}).
   */
  public Locale languageIn(Locale locale) {
    String tag = ownTag(requireNonNull(locale, "locale"));
    return Locale.forLanguageTag(tag != null ? tag : byLanguage().containsKey("en") ? "en" : byLanguage().firstKey());
  }

  /** The English text, or the first wording of a text that has no English. */
  public String english() {
    String text = byLanguage().get("en");
    return text != null ? text : byLanguage().firstEntry().getValue();
  }

  /** Whether the text has its own wording in {@code locale}'s language, rather than a fallback. */
  boolean has(Locale locale) {
    return own(requireNonNull(locale, "locale")) != null;
  }

  @Value.Check
  void check() {
    checkArgument(!byLanguage().isEmpty(), "a text needs a wording in at least one language");
    byLanguage().forEach((language, text) -> {
      checkArgument(isTag(language),
          "language '%s' is not a BCP 47 language tag in its usual form, such as 'en', 'zh' or 'zh-Hant'",
          language);
      checkArgument(!text.isBlank(), "text in '%s' ('%s') must not be blank", language, text);
    });
  }

  /** Whether {@code tag} is a BCP 47 language tag in the form {@link Locale#toLanguageTag()} writes. */
  private static boolean isTag(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equals(tag);
  }

  /** Whether {@code o} is a text with the same wordings, however each was made. */
  @Override
  public final boolean equals(Object o) {
    return o == this || o instanceof LocalizedText other && byLanguage().equals(other.byLanguage());
  }

  /** The hash of the wordings, as {@link #equals} compares them. */
  @Override
  public final int hashCode() {
    return byLanguage().hashCode();
  }

  /** The English text, then the other languages' in brackets: {@code Court [fr: Cour]}. */
  @Override
  public String toString() {
    if (byLanguage().size() == 1) {
      return english();
    }
    String first = byLanguage().containsKey("en") ? "en" : byLanguage().firstKey();
    StringBuilder out = new StringBuilder(english()).append(" [");
    String sep = "";
    for (Map.Entry<String, String> e : byLanguage().entrySet()) {
      if (!e.getKey().equals(first)) {
        out.append(sep).append(e.getKey()).append(": ").append(e.getValue());
        sep = ", ";
      }
    }
    return out.append(']').toString();
  }
}
