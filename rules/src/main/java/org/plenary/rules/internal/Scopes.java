package org.plenary.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.Selector;

/** Reads where a rule applies from its configuration: the segments named, or those that take requests. */
public final class Scopes {

  private Scopes() {}

  /** The segments at {@code key}, comma-separated; every segment that takes requests if unset. */
  public static Selector read(RuleConfig config, String key) {
    return config.text(key).map(v -> {
      List<String> ids = new ArrayList<>();
      for (String id : v.split(",", -1)) {
        if (id.isBlank()) {
          throw config.error(key, v, "holds an empty segment id");
        }
        ids.add(id.trim());
      }
      return Selector.segments(ids);
    }).orElse(Selector.listSegments());
  }
}
