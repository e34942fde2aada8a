package org.plenary.examples.asp18;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.sitting.Sitting;
import org.plenary.export.ExportOptions;
import org.plenary.export.runsheet.RunSheet;

/**
 * A simulated ASP18 sitting: it opens ten minutes late, the opening and the high-level speakers
 * overrun, and the chair re-plans so that the plenary still ends at noon. Prints the run sheet's
 * "now" view at a few moments.
 */
public final class Asp18Sitting {

  /** The shortest a floor statement may be cut to when re-planning. */
  public static final Duration MINIMUM = Duration.ofMinutes(2);

  private Asp18Sitting() {}

  /** A clock the simulation moves by hand. */
  static final class SimulatedClock extends Clock {
    private Instant now;

    SimulatedClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return Asp18.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /**
   * Runs the simulation: opens {@code lateBy} after the planned start, lets the opening and the
   * high-level statements overrun by {@code overrun} each, re-plans, then lets the first two
   * speakers of Segment I speak; returns the sitting and the "now" views taken along the way.
   */
  public static Sitting simulate(Duration lateBy, Duration overrun, List<String> views, Locale locale) {
    Plan plan = Asp18Main.plan();
    SimulatedClock clock = new SimulatedClock(plan.plenary().startInstant().plus(lateBy));
    Sitting sitting = Sitting.start(plan, Asp18.rules(), clock);
    ExportOptions options = ExportOptions.in(locale);
    List<Slot> early = new ArrayList<>(plan.slots("opening"));
    early.addAll(plan.slots("high-level"));
    for (Slot s : early) {
      sitting.began(s.id());
      clock.advance(s.allotted().plus(overrun).minusSeconds(30));
      if (s.id().equals(early.get(early.size() - 1).id())) {
        views.add(RunSheet.now(sitting, options));
      }
      clock.advance(Duration.ofSeconds(30));
      sitting.ended(s.id());
    }
    views.add(RunSheet.now(sitting, options));
    sitting.replan(Fit.shortenThenWaitList(MINIMUM));
    views.add(RunSheet.now(sitting, options));
    for (Slot s : sitting.plan().slots("segment-1")) {
      sitting.began(s.id());
      clock.advance(s.allotted());
      sitting.ended(s.id());
    }
    views.add(RunSheet.now(sitting, options));
    return sitting;
  }

  /** Prints the simulation. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> views = new ArrayList<>();
    Sitting sitting = simulate(Duration.ofMinutes(10), Duration.ofMinutes(2), views, Locale.ENGLISH);
    for (String v : views) {
      out.println(v);
    }
    out.print(sitting.plan().report(Locale.ENGLISH));
  }
}
