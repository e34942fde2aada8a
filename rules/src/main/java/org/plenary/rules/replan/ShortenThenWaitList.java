package org.plenary.rules.replan;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.plenary.core.plan.Slot;
import org.plenary.core.rule.Finding;
import org.plenary.core.sitting.Remaining;
import org.plenary.core.sitting.ReplanStrategy;
import org.plenary.core.text.Durations;

/**
 * The two standard strategies in sequence, so that as many speakers as possible keep the floor: only
 * those who would not fit even with everyone shortened to the minimum go to the waiting list, last in
 * order first; then the others are shortened in proportion. Immutable and thread-safe.
 */
public final class ShortenThenWaitList implements ReplanStrategy {

  /** The strategy's id. */
  public static final String ID = "replan.shorten-then-wait-list";

  private final Duration minimum;

  private ShortenThenWaitList(Duration minimum) {
    this.minimum = requireNonNull(minimum, "minimum");
    if (minimum.isNegative() || minimum.isZero()) {
      throw new IllegalArgumentException("minimum (" + minimum + ") must be positive");
    }
  }

  /** Shortens to no less than {@code minimum}, wait-listing only those who cannot fit even so. */
  public static ShortenThenWaitList downTo(Duration minimum) {
    return new ShortenThenWaitList(minimum);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> replan(Remaining r) {
    Duration spare = Duration.ZERO;
    for (Slot s : r.items()) {
      if (r.movable(s)) {
        spare = spare.plus(give(s, minimum));
      }
    }
    List<Finding> findings = new ArrayList<>(WaitListLast.moveWhile(r, spare, minimum));
    findings.addAll(ShortenInProportion.downTo(minimum).replan(r));
    return findings;
  }

  /** What {@code s} can give up by being shortened to {@code minimum}. */
  static Duration give(Slot s, Duration minimum) {
    Duration d = s.allotted().minus(minimum);
    return d.isNegative() ? Duration.ZERO : d;
  }

  @Override
  public String toString() {
    return ID + " down to " + Durations.format(minimum);
  }
}
