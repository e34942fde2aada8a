package org.plenary.rules.replan;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Severity;
import org.plenary.core.sitting.Remaining;
import org.plenary.core.sitting.ReplanStrategy;
import org.plenary.core.text.Dates;
import org.plenary.core.text.Durations;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Proportion;

/**
 * Shortens the remaining statements in proportion, down to a stated minimum, so that the sitting
 * ends by its hard end; fixed items and points of order are left alone. One finding per statement
 * says how much time it lost. Immutable and thread-safe.
 */
public final class ShortenInProportion implements ReplanStrategy {

  /** The strategy's id. */
  public static final String ID = "replan.shorten";

  private final Duration minimum;

  private ShortenInProportion(Duration minimum) {
    this.minimum = requireNonNull(minimum, "minimum");
    if (minimum.isNegative() || minimum.isZero()) {
      throw new IllegalArgumentException("minimum (" + minimum + ") must be positive");
    }
  }

  /** Shortens statements to no less than {@code minimum}. */
  public static ShortenInProportion downTo(Duration minimum) {
    return new ShortenInProportion(minimum);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> replan(Remaining r) {
    List<Finding> findings = new ArrayList<>();
    long excess = r.overrun().toMillis();
    if (excess <= 0) {
      return findings;
    }
    List<Slot> movable = new ArrayList<>();
    for (Slot s : r.items()) {
      if (r.movable(s)) {
        movable.add(s);
      }
    }
    long[] allotted = new long[movable.size()];
    for (int i = 0; i < allotted.length; i++) {
      allotted[i] = movable.get(i).allotted().toMillis();
    }
    long[] shortened = Proportion.shorten(allotted, minimum.toMillis(), excess);
    LocalizedText reason = Messages.RULES.text("replan.shorten.reason", Durations.format(minimum),
        Dates.clock(r.hardEnd().atZone(r.plenary().venue().zone())));
    for (int i = 0; i < allotted.length; i++) {
      if (shortened[i] < allotted[i]) {
        Slot s = movable.get(i);
        Duration now = Duration.ofMillis(shortened[i]);
        r.shorten(s, now, ID, reason);
        findings.add(Finding.builder().ruleId(ID).severity(Severity.INFO).subject(s.id()).reason(reason)
            .message(Messages.RULES.text("replan.shorten.done", s.intervention().speaker().delegation().name(),
                Durations.format(s.allotted().minus(now)), Durations.format(s.allotted()), Durations.format(now)))
            .build());
      }
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " down to " + Durations.format(minimum);
  }
}
