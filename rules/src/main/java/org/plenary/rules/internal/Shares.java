package org.plenary.rules.internal;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;

/**
 * Shares of a segment for a group of constituencies, in time or in places: what a reserve holds and
 * what a cap allows. Immutable and thread-safe.
 */
public record Shares(List<Share> all) {

  /** A share of segment {@code segment} for {@code constituencies}: {@code time}, or {@code places}. */
  public record Share(String segment, ImmutableSet<Constituency> constituencies, Optional<Duration> time,
      int places) {

    /** A share, checked: constituencies named, a positive time or number of places. */
    public Share {
      if (constituencies.isEmpty()) {
        throw new IllegalArgumentException("share of segment '" + segment + "' names no constituency");
      }
      time.ifPresent(d -> {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("time of the share of segment '" + segment + "' (" + d
              + ") must be positive");
        }
      });
      if (time.isEmpty() && places < 1) {
        throw new IllegalArgumentException("places of the share of segment '" + segment + "' (" + places
            + ") must be 1 or more");
      }
    }

    /** Whom it is for: the constituencies, in the segment. */
    public Selector who() {
      return Selector.segments(segment).and(Selector.constituencies(constituencies.toArray(Constituency[]::new)));
    }

    /** How much, in words: "9 min", "3 places". */
    public LocalizedText amount() {
      return time.map(Durations::text)
          .orElseGet(() -> Messages.RULES.text("places", places));
    }

    @Override
    public String toString() {
      return segment + " " + constituencies + " " + time.map(Durations::format).orElse(places + " places");
    }
  }

  /** No share yet. */
  public static Shares none() {
    return new Shares(List.of());
  }

  /** These shares and one more of {@code segment} for {@code constituencies}. */
  public Shares and(String segment, Collection<Constituency> constituencies, Optional<Duration> time,
      int places) {
    List<Share> more = new ArrayList<>(all);
    more.add(new Share(segment, ImmutableSortedSet.copyOf(Constituency.standardOrder(), constituencies), time,
        places));
    return new Shares(List.copyOf(more));
  }

  /**
   * The shares {@code config} sets, one a segment: {@code <segment>.constituencies} (comma-separated
   * ids) and either {@code <segment>.time} (ISO-8601) or {@code <segment>.places}.
   */
  public static Shares read(RuleConfig config) {
    TreeSet<String> segments = new TreeSet<>();
    for (String key : config.keys()) {
      int dot = key.lastIndexOf('.');
      if (dot > 0 && !key.startsWith("because.")) {
        segments.add(key.substring(0, dot));
      }
    }
    Shares shares = none();
    for (String segment : segments) {
      String key = segment + ".constituencies";
      List<Constituency> who = config.constituencies(key);
      if (who.isEmpty()) {
        throw config.error(key, "", "is missing: name the constituencies the share is for");
      }
      Optional<Duration> time = config.duration(segment + ".time");
      Optional<Integer> places = config.count(segment + ".places");
      if (time.isPresent() == places.isPresent()) {
        throw config.error(segment + (time.isPresent() ? ".places" : ".time"), "",
            time.isPresent() ? "is set too: give either a time or a number of places"
                : "is missing: give either a time or a number of places");
      }
      shares = shares.and(segment, who, time, places.orElse(0));
    }
    return shares;
  }

  /** The shares in words, each as {@code eachKey} writes an amount and whom it is for. */
  public LocalizedText describe(String eachKey, Plenary plenary) {
    List<LocalizedText> parts = new ArrayList<>();
    for (Share s : all) {
      parts.add(Messages.RULES.text(eachKey, s.amount(), s.who().describe(plenary)));
    }
    return Languages.list(parts);
  }
}
