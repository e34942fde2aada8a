package org.plenary.core.internal.scope;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.Function;

/**
 * A {@code Declarations.Fit} as the planner reads it: what to do with speakers who do not fit, the
 * shortest a statement is cut to, and the step shortened statements are rounded down to.
 *
 * @param policy what to do when speakers do not fit
 * @param minimum the shortest a statement is cut to, when the policy shortens
 * @param step what shortened statements are rounded down to a multiple of
 */
public record Fitting(Policy policy, Duration minimum, Duration step) {

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

  private static final Reader<Fitting> READER = new Reader<>("fit");

  public Fitting {
    requireNonNull(policy, "policy");
    positive("minimum", requireNonNull(minimum, "minimum"));
    positive("step", requireNonNull(step, "step"));
  }

  private static void positive(String what, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " (" + d + ") must be positive");
    }
  }

  /** Whether statements are shortened before anyone waits. */
  public boolean shortens() {
    return policy != Policy.WAIT_LIST;
  }

  /** Whether those who still do not fit wait. */
  public boolean waitLists() {
    return policy != Policy.SHORTEN;
  }

  /** How {@code Fit} gives its fitting: set once, by {@code Fit} itself when it is loaded. */
  public static void readFitsWith(Function<Object, Fitting> read) {
    READER.register(read);
  }

  /** The fitting of {@code fit}, a {@code Fit}. */
  public static Fitting of(Object fit) {
    return READER.of(fit);
  }
}
