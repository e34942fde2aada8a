package org.plenary.rules.internal;

import org.plenary.core.rule.RuleConfig;
import org.plenary.core.text.LocalizedText;

/** Reads a rule's stated reason from its configuration: {@code because.en} and {@code because.fr}. */
public final class Reasons {

  private Reasons() {}

  /** The reason configured, or {@code fallback}; French without English is refused. */
  public static LocalizedText read(RuleConfig config, LocalizedText fallback) {
    var en = config.text("because.en");
    var fr = config.text("because.fr");
    if (en.isEmpty()) {
      fr.ifPresent(v -> {
        throw config.error("because.fr", v, "needs 'because.en' too: English is the fallback");
      });
      return fallback;
    }
    return fr.map(f -> LocalizedText.of(en.get(), f)).orElse(LocalizedText.of(en.get()));
  }
}
