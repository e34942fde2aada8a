package org.plenary.core.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * A text whose wordings are written when first read, each language on its own: a re-plan of a
 * thousand speakers makes a thousand findings that a display may never open, and a run sheet in
 * English never needs the French dates of its messages. What it reads must not change, as the
 * model's values do not. Equal to the eagerly made text of the same wordings; thread-safe.
 */
final class DeferredText extends LocalizedText {

  private final Function<Locale, String> wording;
  /** The wordings written so far, by position in {@link Bundle#LANGUAGES}; each is written once. */
  private final String[] written = new String[Bundle.LANGUAGES.length];
  private volatile NavigableMap<String, String> byLanguage;

  DeferredText(Function<Locale, String> wording) {
    this.wording = wording;
  }

  @Override
  public String in(Locale locale) {
    String language = locale.getLanguage();
    for (int i = 0; i < Bundle.LANGUAGES.length; i++) {
      if (Bundle.LANGUAGES[i].getLanguage().equals(language)) {
        return written(i);
      }
    }
    return english();
  }

  @Override
  public String english() {
    return written(0);
  }

  private String written(int i) {
    String text = written[i];
    if (text == null) {
      text = wording.apply(Bundle.LANGUAGES[i]);
      checkArgument(!text.isBlank(), "text in '%s' ('%s') must not be blank", Bundle.LANGUAGES[i].getLanguage(),
          text);
      written[i] = text;
    }
    return text;
  }

  @Override
  public NavigableMap<String, String> byLanguage() {
    NavigableMap<String, String> texts = byLanguage;
    if (texts == null) {
      ImmutableSortedMap.Builder<String, String> wordings = ImmutableSortedMap.naturalOrder();
      for (int i = 0; i < Bundle.LANGUAGES.length; i++) {
        wordings.put(Bundle.LANGUAGES[i].getLanguage(), written(i));
      }
      texts = wordings.build();
      byLanguage = texts;
    }
    return texts;
  }
}
