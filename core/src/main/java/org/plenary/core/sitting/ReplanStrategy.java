package org.plenary.core.sitting;

import java.util.List;
import org.plenary.core.rule.Finding;

/**
 * Re-plans what remains of a sitting so that it still ends by its hard end: shortens or moves
 * interventions through the {@link Remaining} it is given, and returns findings that say who lost
 * time, who was moved and why.
 *
 * <p>A strategy never touches fixed items, those speaking or done, and never reorders: the
 * {@link Remaining} it works on allows neither. Strategies compose with {@link #andThen}. To offer
 * one, implement this interface; the standard ones are in {@code org.plenary.rules.replan}.
 */
public interface ReplanStrategy {

  /** The strategy's id, such as {@code replan.shorten}. */
  String id();

  /** Shapes {@code remaining} and explains each change in a finding. */
  List<Finding> replan(Remaining remaining);

  /** This strategy, then {@code next} on what is left of the overrun. */
  default ReplanStrategy andThen(ReplanStrategy next) {
    ReplanStrategy first = this;
    return new ReplanStrategy() {
      @Override
      public String id() {
        return first.id() + "+" + next.id();
      }

      @Override
      public List<Finding> replan(Remaining remaining) {
        List<Finding> all = new java.util.ArrayList<>(first.replan(remaining));
        all.addAll(next.replan(remaining));
        return all;
      }

      @Override
      public String toString() {
        return id();
      }
    };
  }
}
