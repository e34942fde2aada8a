package org.plenary.rules.time;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.rules.internal.Shares;

/**
 * Time or places of a segment held for some constituencies: "on the floor, three places for observer
 * States, international organisations and civil society". Others may not take what is held, as long
 * as those it is for ask for it; what they do not use goes back to the others. A live re-plan keeps
 * what is held.
 *
 * <p>Configuration keys, for each segment: {@code <segment>.constituencies} (comma-separated ids) and
 * either {@code <segment>.time} (ISO-8601) or {@code <segment>.places}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Reserve.places("floor", 3, Constituency.OBSERVER_STATE, Constituency.CIVIL_SOCIETY)
 * }</pre>
 */
public final class Reserve extends ShareRule {

  /** The rule id. */
  public static final String ID = "time-limit.reserve";

  private Reserve(Shares shares) {
    super(ID, shares);
  }

  /** {@code places} of segment {@code segment} held for {@code constituencies}. */
  public static Reserve places(String segment, int places, Constituency... constituencies) {
    return new Reserve(Shares.none()).andPlaces(segment, places, constituencies);
  }

  /** {@code time} of segment {@code segment} held for {@code constituencies}. */
  public static Reserve time(String segment, Duration time, Constituency... constituencies) {
    return new Reserve(Shares.none()).andTime(segment, time, constituencies);
  }

  /** The rule as {@code config} sets it. */
  public static Reserve configured(RuleConfig config) {
    return new Reserve(Shares.read(config));
  }

  /** This rule holding {@code places} of {@code segment} for {@code constituencies} too. */
  public Reserve andPlaces(String segment, int places, Constituency... constituencies) {
    return new Reserve(shares.and(segment, Arrays.asList(constituencies), Optional.empty(), places));
  }

  /** This rule holding {@code time} of {@code segment} for {@code constituencies} too. */
  public Reserve andTime(String segment, Duration time, Constituency... constituencies) {
    return new Reserve(shares.and(segment, Arrays.asList(constituencies), Optional.of(time), 0));
  }

  @Override
  void declare(Declarations declarations, Shares.Share s) {
    if (s.time().isPresent()) {
      declarations.reserve(s.who(), s.time().get());
    } else {
      declarations.reserve(s.who(), s.places());
    }
  }

  /** Makes the rule from {@code <segment>.constituencies} and {@code <segment>.time} or {@code .places}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, Reserve::configured);
    }
  }
}
