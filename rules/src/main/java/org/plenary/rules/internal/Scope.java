package org.plenary.rules.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.rule.RuleConfig;

/**
 * The segments a rule applies to: those named, or, when none is named, every segment that takes
 * requests. Immutable and thread-safe.
 */
public final class Scope {

  private final ImmutableList<String> named;

  private Scope(List<String> named) {
    this.named = ImmutableList.copyOf(named);
  }

  /** Every segment that takes requests. */
  public static Scope listSegments() {
    return new Scope(List.of());
  }

  /** The segments named. */
  public static Scope of(List<String> segmentIds) {
    return new Scope(segmentIds);
  }

  /** The scope at {@code key} of {@code config}: a comma-separated list of segment ids. */
  public static Scope read(RuleConfig config, String key) {
    return config.text(key).map(v -> {
      List<String> ids = new ArrayList<>();
      for (String id : v.split(",", -1)) {
        if (id.isBlank()) {
          throw config.error(key, v, "holds an empty segment id");
        }
        ids.add(id.trim());
      }
      return of(ids);
    }).orElse(listSegments());
  }

  /** The segment ids named; empty for every segment that takes requests. */
  public List<String> named() {
    return named;
  }

  /** The segments of {@code plenary} in scope, in the plenary's order. */
  public List<Segment> segments(Plenary plenary) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : plenary.segments()) {
      if (named.isEmpty() ? s.takesRequests() : named.contains(s.id())) {
        out.add(s);
      }
    }
    return out;
  }

  /** The ids named that {@code plenary} does not have. */
  public List<String> unknown(Plenary plenary) {
    List<String> out = new ArrayList<>();
    for (String id : named) {
      if (plenary.segment(id).isEmpty()) {
        out.add(id);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return named.isEmpty() ? "segments that take requests" : String.join(", ", named);
  }
}
