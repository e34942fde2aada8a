package org.plenary.core.text;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Locale;
import java.util.NavigableMap;

/**
 * A bundle message whose wordings are formatted when first read, not when it is made: a re-plan of a
 * thousand speakers makes a thousand findings, which a display may never open. Its arguments must be
 * immutable, as the model's values are. Equal to the eagerly made text of the same wordings;
 * thread-safe.
 */
final class DeferredText extends LocalizedText {

  private final Bundle bundle;
  private final String key;
  private final Object[] args;
  private volatile NavigableMap<String, String> byLanguage;

  DeferredText(Bundle bundle, String key, Object[] args) {
    this.bundle = bundle;
    this.key = key;
    this.args = args.clone();
  }

  @Override
  public NavigableMap<String, String> byLanguage() {
    NavigableMap<String, String> texts = byLanguage;
    if (texts == null) {
      ImmutableSortedMap.Builder<String, String> wordings = ImmutableSortedMap.naturalOrder();
      for (Locale language : Bundle.LANGUAGES) {
        wordings.put(language.getLanguage(), bundle.format(language, key, args));
      }
      texts = wordings.build();
      byLanguage = texts;
      check();
    }
    return texts;
  }
}
