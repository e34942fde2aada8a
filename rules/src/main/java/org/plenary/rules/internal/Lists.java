package org.plenary.rules.internal;

import java.time.Duration;
import java.util.Map;
import org.plenary.core.text.Durations;
import org.plenary.core.text.LocalizedText;

/** Lists of limits as each language writes them: "floor: 3 min; panel: 10 min", "floor : 3 min ; panel : 10 min". */
public final class Lists {

  private Lists() {}

  /** The limits, keyed by segment or constituency id, in English and French. */
  public static LocalizedText of(Map<String, Duration> limits) {
    StringBuilder en = new StringBuilder();
    StringBuilder fr = new StringBuilder();
    limits.forEach((key, d) -> {
      en.append(en.length() == 0 ? "" : "; ").append(key).append(": ").append(Durations.format(d));
      fr.append(fr.length() == 0 ? "" : " ; ").append(key).append("\u00a0: ").append(Durations.format(d));
    });
    return LocalizedText.of(en.toString(), fr.toString());
  }
}
