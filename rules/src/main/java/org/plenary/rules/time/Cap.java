package org.plenary.rules.time;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.rules.internal.Shares;

/**
 * The most time or places some constituencies may take in a segment: "on the floor, at most two
 * places for civil society". Those beyond the cap wait, the last in order first.
 *
 * <p>Configuration keys, for each segment: {@code <segment>.constituencies} (comma-separated ids) and
 * either {@code <segment>.time} (ISO-8601) or {@code <segment>.places}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Cap.places("floor", 2, Constituency.CIVIL_SOCIETY)
 * }</pre>
 */
public final class Cap extends ShareRule {

  /** The rule id. */
  public static final String ID = "time-limit.cap";

  private Cap(Shares shares) {
    super(ID, shares);
  }

  /** At most {@code places} of segment {@code segment} for {@code constituencies}. */
  public static Cap places(String segment, int places, Constituency... constituencies) {
    return new Cap(Shares.none()).andPlaces(segment, places, constituencies);
  }

  /** At most {@code time} of segment {@code segment} for {@code constituencies}. */
  public static Cap time(String segment, Duration time, Constituency... constituencies) {
    return new Cap(Shares.none()).andTime(segment, time, constituencies);
  }

  /** The rule as {@code config} sets it. */
  public static Cap configured(RuleConfig config) {
    return new Cap(Shares.read(config));
  }

  /** This rule capping {@code constituencies} to {@code places} of {@code segment} too. */
  public Cap andPlaces(String segment, int places, Constituency... constituencies) {
    return new Cap(shares.and(segment, Arrays.asList(constituencies), Optional.empty(), places));
  }

  /** This rule capping {@code constituencies} to {@code time} of {@code segment} too. */
  public Cap andTime(String segment, Duration time, Constituency... constituencies) {
    return new Cap(shares.and(segment, Arrays.asList(constituencies), Optional.of(time), 0));
  }

  @Override
  void declare(Declarations declarations, Shares.Share s) {
    if (s.time().isPresent()) {
      declarations.capacity(s.who(), s.time().get(), Fit.waitList());
    } else {
      declarations.capacity(s.who(), s.places());
    }
  }

  /** Makes the rule from {@code <segment>.constituencies} and {@code <segment>.time} or {@code .places}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, Cap::configured);
    }
  }
}
