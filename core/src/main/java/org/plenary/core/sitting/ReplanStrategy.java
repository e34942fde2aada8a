package org.plenary.core.sitting;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.plenary.core.internal.Messages;
import org.plenary.core.rule.Declarations.Fit;
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
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReplanStrategy {

  private final String id;
  private final LocalizedText name;
  private final Fit fit;
  private final Optional<LocalizedText> carriesOverTo;

  private ReplanStrategy(String id, LocalizedText name, Fit fit, Optional<LocalizedText> carriesOverTo) {
    this.id = requireNonNull(id, "id");
    this.name = requireNonNull(name, "name");
    this.fit = requireNonNull(fit, "fit");
    this.carriesOverTo = carriesOverTo;
  }

  /** A strategy of the caller's own: its id and name, as decisions name it, and how it fits. */
  public static ReplanStrategy of(String id, LocalizedText name, Fit fit) {
    return new ReplanStrategy(id, name, fit, Optional.empty());
  }

  /**
   * Carries the last speakers in order over to the next meeting of a series, named {@code meeting}
   * as readers know it, until the rest fits; {@code Planner#replan} then plans them there. For a
   * meeting of a {@link org.plenary.core.agenda.Series}: {@code carryOverTo(series.name(i + 1))}.
   */
  public static ReplanStrategy carryOverTo(LocalizedText meeting) {
    return new ReplanStrategy("replan.carry-over", Messages.CORE.text("replan.name"), Fit.waitList(),
        Optional.of(requireNonNull(meeting, "meeting")));
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
    return new ReplanStrategy(id, name, fit.inSteps(step), carriesOverTo);
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
  Fit fit() {
    return fit;
  }

  /** The meeting those who do not fit are carried over to, if the strategy carries them over. */
  Optional<LocalizedText> carriesOverTo() {
    return carriesOverTo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplanStrategy other && id.equals(other.id) && name.equals(other.name)
        && fit.equals(other.fit) && carriesOverTo.equals(other.carriesOverTo);
  }

  @Override
  public int hashCode() {
    return ((id.hashCode() * 31 + name.hashCode()) * 31 + fit.hashCode()) * 31 + carriesOverTo.hashCode();
  }

  @Override
  public String toString() {
    return id + " (" + fit + carriesOverTo.map(m -> ", to " + m.english()).orElse("") + ")";
  }
}
