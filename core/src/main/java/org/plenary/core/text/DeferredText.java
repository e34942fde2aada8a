package org.plenary.core.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * A text whose wordings are written when first read, each language on its own: a re-plan of a
 * thousand speakers makes a thousand findings that a display may never open, and a run sheet in
 * English never needs the Arabic dates of its messages. It can be read in any language; its {@link
 * #byLanguage()} holds the {@linkplain LocalizedText#OFFICIAL_LANGUAGES official languages}. What it reads must not
 * change, as the model's values do not. Equal to the eagerly made text of the same wordings;
 * thread-safe.
 */
final class DeferredText extends LocalizedText {

  private final Function<Locale, String> wording;
  /** The wordings written so far, by language tag, made when a first wording is; each is written once. */
  private volatile ConcurrentMap<String, String> written;
  private volatile NavigableMap<String, String> byLanguage;

  DeferredText(Function<Locale, String> wording) {
    this.wording = wording;
  }

  @Override
  public String in(Locale locale) {
    String tag = locale.toLanguageTag();
    ConcurrentMap<String, String> texts = wordings();
    String text = texts.get(tag);
    if (text == null) {
      text = wording.apply(locale);
      checkArgument(!text.isBlank(), "text in '%s' ('%s') must not be blank", tag, text);
      String before = texts.putIfAbsent(tag, text);
      text = before != null ? before : text;
    }
    return text;
  }

  private ConcurrentMap<String, String> wordings() {
    ConcurrentMap<String, String> texts = written;
    if (texts == null) {
      synchronized (this) {
        texts = written;
        if (texts == null) {
          texts = new ConcurrentHashMap<>(8);
          written = texts;
        }
      }
    }
    return texts;
  }

  @Override
  public String english() {
    return in(Locale.ENGLISH);
  }

  @Override
  boolean has(Locale locale) {
    return true;
  }

  @Override
  public NavigableMap<String, String> byLanguage() {
    NavigableMap<String, String> texts = byLanguage;
    if (texts == null) {
      ImmutableSortedMap.Builder<String, String> wordings = ImmutableSortedMap.naturalOrder();
      for (Locale language : OFFICIAL_LANGUAGES) {
        wordings.put(language.toLanguageTag(), in(language));
      }
      texts = wordings.build();
      byLanguage = texts;
    }
    return texts;
  }
}
