package org.plenary.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A short text in several languages, keyed by ISO 639 language code ({@code en}, {@code fr}, ...).
 *
 * <p>English is always present: it is what a reader gets when their language is missing. A text
 * that reads the same in every language (a proper name, say) holds English alone. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("Plenary on cooperation", "Séance plénière sur la coopération");
 * title.in(Locale.FRENCH);   // "Séance plénière sur la coopération"
 * }</pre>
 */
@Value.Immutable
public abstract class LocalizedText {

  private static final Bundle WORDS = Bundle.load("words", LocalizedText.class::getResourceAsStream);

  LocalizedText() {}

  /** The text by language code, in the codes' order; always holds {@code en}. */
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

  /** A text from a map of language code to text, which must hold {@code en}. */
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

  /** The texts as a list reads in each language: "a, b and c", "a, b et c". */
  public static LocalizedText list(List<? extends LocalizedText> items) {
    List<LocalizedText> copy = List.copyOf(items);
    return written(language -> {
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

  /** This text with {@code text} in {@code language}, replacing what that language had. */
  public LocalizedText with(Locale language, String text) {
    requireNonNull(language, "language");
    requireNonNull(text, "text");
    var copy = new java.util.TreeMap<>(byLanguage());
    copy.put(language.getLanguage(), text);
    return of(copy);
  }

  /** The text in {@code locale}'s language, or in English when that language is missing. */
  public String in(Locale locale) {
    requireNonNull(locale, "locale");
    String text = byLanguage().get(locale.getLanguage());
    return text != null ? text : english();
  }

  /** The English text. */
  public String english() {
    return byLanguage().get("en");
  }

  /** Whether the text has its own wording in {@code locale}'s language. */
  public boolean has(Locale locale) {
    return byLanguage().containsKey(requireNonNull(locale, "locale").getLanguage());
  }

  @Value.Check
  void check() {
    checkArgument(byLanguage().containsKey("en"),
        "text %s has no English (en) wording; English is the fallback language", byLanguage());
    byLanguage().forEach((language, text) -> {
      checkArgument(isLanguage(language),
          "language '%s' is not a lower-case ISO 639 code such as 'en' or 'fr'", language);
      checkArgument(!text.isBlank(), "text in '%s' ('%s') must not be blank", language, text);
    });
  }

  /** Whether {@code code} is two or three lower-case ASCII letters, as ISO 639 codes are. */
  private static boolean isLanguage(String code) {
    int n = code.length();
    if (n < 2 || n > 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code o} is a text with the same wordings, however each was made. */
  @Override
  public final boolean equals(Object o) {
    return o == this || o instanceof LocalizedText other && byLanguage().equals(other.byLanguage());
  }

  /** The hash Immutables gave texts before deferred texts existed, kept so that hash orders stay. */
  @Override
  public final int hashCode() {
    int h = 5381;
    return h + (h << 5) + byLanguage().hashCode();
  }

  /** The English text, then the other languages' in brackets: {@code Court [fr: Cour]}. */
  @Override
  public String toString() {
    if (byLanguage().size() == 1) {
      return english();
    }
    StringBuilder out = new StringBuilder(english()).append(" [");
    String sep = "";
    for (Map.Entry<String, String> e : byLanguage().entrySet()) {
      if (!e.getKey().equals("en")) {
        out.append(sep).append(e.getKey()).append(": ").append(e.getValue());
        sep = ", ";
      }
    }
    return out.append(']').toString();
  }
}
