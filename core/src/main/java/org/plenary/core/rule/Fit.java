package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.plenary.core.internal.text.Durations;

/**
 * How speakers are fitted into a capacity they overrun: the last in order wait, or statements are
 * first shortened in proportion, to a minimum and in steps a chair can keep (15 s unless stated).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Fit.shortenThenWaitList(Duration.ofMinutes(2)).inSteps(Duration.ofSeconds(30))
 * }</pre>
 */
public final class Fit {

  /**
   * What to do when speakers do not fit. Configuration files write the constants in lower case with
   * hyphens: {@code wait-list}, {@code shorten-then-wait-list}, {@code shorten}.
   */
  public enum Policy {
    /** The last in order go to the waiting list until the rest fits. */
    WAIT_LIST,
    /**
     * As many as possible keep the floor, each shortened in proportion but to no less than the
     * minimum; only those who would not fit even then, the last in order, wait.
     */
    SHORTEN_THEN_WAIT_LIST,
    /** Statements are shortened in proportion to no less than the minimum; nobody waits. */
    SHORTEN
  }

  /** The step shortened statements are rounded down to unless stated. */
  public static final Duration DEFAULT_STEP = Duration.ofSeconds(15);

  private final Policy policy;
  private final Duration minimum;
  private final Duration step;

  private Fit(Policy policy, Duration minimum, Duration step) {
    this.policy = requireNonNull(policy, "policy");
    this.minimum = positive("minimum", minimum);
    this.step = positive("step", step);
  }

  private static Duration positive(String what, Duration d) {
    requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " (" + d + ") must be positive");
    }
    return d;
  }

  /** The last in order wait until the rest fits. */
  public static Fit waitList() {
    return new Fit(Policy.WAIT_LIST, Duration.ofMinutes(1), DEFAULT_STEP);
  }

  /** Shorten in proportion to no less than {@code minimum}; those who still do not fit wait. */
  public static Fit shortenThenWaitList(Duration minimum) {
    return new Fit(Policy.SHORTEN_THEN_WAIT_LIST, minimum, DEFAULT_STEP);
  }

  /** Shorten in proportion to no less than {@code minimum}; nobody waits. */
  public static Fit shorten(Duration minimum) {
    return new Fit(Policy.SHORTEN, minimum, DEFAULT_STEP);
  }

  /** The fit of {@code policy}, with {@code minimum} for the policies that shorten. */
  public static Fit of(Policy policy, Duration minimum) {
    return new Fit(policy, minimum, DEFAULT_STEP);
  }

  /** This fit with shortened statements rounded down to a multiple of {@code step}. */
  public Fit inSteps(Duration step) {
    return new Fit(policy, minimum, step);
  }

  /** What to do when speakers do not fit. */
  public Policy policy() {
    return policy;
  }

  /** The shortest a statement is cut to, when the policy shortens. */
  public Duration minimum() {
    return minimum;
  }

  /** What shortened statements are rounded down to a multiple of. */
  public Duration step() {
    return step;
  }

  /** Whether the policy shortens statements. */
  public boolean shortens() {
    return policy != Policy.WAIT_LIST;
  }

  /** Whether the policy moves speakers to the waiting list. */
  public boolean waitLists() {
    return policy != Policy.SHORTEN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fit other && policy == other.policy && minimum.equals(other.minimum)
        && step.equals(other.step);
  }

  @Override
  public int hashCode() {
    return (policy.hashCode() * 31 + minimum.hashCode()) * 31 + step.hashCode();
  }

  @Override
  public String toString() {
    return switch (policy) {
      case WAIT_LIST -> "wait-list";
      case SHORTEN_THEN_WAIT_LIST -> "shorten to " + Durations.format(minimum) + " in steps of "
          + Durations.format(step) + ", then wait-list";
      case SHORTEN -> "shorten to " + Durations.format(minimum) + " in steps of "
          + Durations.format(step);
    };
  }
}
