package org.plenary.rules.time;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Fit;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
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
public final class Cap implements Rule {

  /** The rule id. */
  public static final String ID = "time-limit.cap";

  private final Shares shares;

  private Cap(Shares shares) {
    this.shares = shares;
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
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText name() {
    return Messages.RULES.text("time-limit.cap.name");
  }

  @Override
  public LocalizedText description() {
    return Messages.RULES.text("time-limit.cap.description");
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    return shares.all().isEmpty() ? description()
        : Messages.RULES.text("time-limit.cap.describe", shares.describe("time-limit.cap.each", plenary));
  }

  @Override
  public LocalizedText reason() {
    return Messages.RULES.text("time-limit.cap.reason");
  }

  @Override
  public void declare(Declarations declarations) {
    for (Shares.Share s : shares.all()) {
      if (s.time().isPresent()) {
        declarations.capacity(s.who(), s.time().get(), Fit.waitList());
      } else {
        declarations.capacity(s.who(), s.places());
      }
    }
  }

  @Override
  public String toString() {
    return ID + " " + shares.all();
  }

  /** Makes the rule from {@code <segment>.constituencies} and {@code <segment>.time} or {@code .places}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, Cap::configured);
    }
  }
}
