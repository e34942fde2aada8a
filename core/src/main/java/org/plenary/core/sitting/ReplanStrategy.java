package org.plenary.core.sitting;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.plenary.core.internal.Messages;
import org.plenary.core.rule.Fit;
import org.plenary.core.text.LocalizedText;

/**
 * How a sitting that runs late fits what remains into the time left to its hard end: wait-list the
 * last, shorten in proportion, or shorten then wait-list those who still do not fit. A re-plan
 * resolves the rules' declarations again for what remains (the reserves, the segments' allotments,
 * the caps), never touches fixed items, points of order or rights of reply, and never reorders.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * sitting.replan(ReplanStrategy.standard(Duration.ofMinutes(2)));
 * }</pre>
 */
public final class ReplanStrategy {

  private final String id;
  private final LocalizedText name;
  private final Fit fit;

  private ReplanStrategy(String id, LocalizedText name, Fit fit) {
    this.id = requireNonNull(id, "id");
    this.name = requireNonNull(name, "name");
    this.fit = requireNonNull(fit, "fit");
  }

  /** A strategy of the caller's own: its id and name, as decisions name it, and how it fits. */
  public static ReplanStrategy of(String id, LocalizedText name, Fit fit) {
    return new ReplanStrategy(id, name, fit);
  }

  /**
   * Shortens in proportion, to no less than {@code minimum} and in steps of 15 s, after wait-listing
   * only those who would not fit even so, the last in order first.
   */
  public static ReplanStrategy standard(Duration minimum) {
    return of("replan.shorten-then-wait-list", Messages.CORE.text("replan.name"),
        Fit.shortenThenWaitList(minimum));
  }

  /** Wait-lists the last speakers in order until the rest fits. */
  public static ReplanStrategy waitListLast() {
    return of("replan.wait-list", Messages.CORE.text("replan.name"), Fit.waitList());
  }

  /** Shortens in proportion, to no less than {@code minimum}; nobody waits. */
  public static ReplanStrategy shortenInProportion(Duration minimum) {
    return of("replan.shorten", Messages.CORE.text("replan.name"), Fit.shorten(minimum));
  }

  /** This strategy rounding shortened statements down to a multiple of {@code step}. */
  public ReplanStrategy inSteps(Duration step) {
    return new ReplanStrategy(id, name, fit.inSteps(step));
  }

  /** The strategy's id, such as {@code replan.shorten-then-wait-list}. */
  public String id() {
    return id;
  }

  /** Its name as decisions give it: "the re-plan to end on time". */
  public LocalizedText name() {
    return name;
  }

  /** How it fits what remains. */
  public Fit fit() {
    return fit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplanStrategy other && id.equals(other.id) && name.equals(other.name)
        && fit.equals(other.fit);
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + name.hashCode()) * 31 + fit.hashCode();
  }

  @Override
  public String toString() {
    return id + " (" + fit + ")";
  }
}
