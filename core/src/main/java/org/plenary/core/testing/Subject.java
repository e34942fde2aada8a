package org.plenary.core.testing;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plenary.core.plan.Plan;

/**
 * What a follow-up assertion ({@link FloorAssertion}, {@link WaitingAssertion},
 * {@link PlaceAssertion}) checks through the assertion it came from: that assertion's plan, its
 * null check and its failure, so that soft assertions collect the follow-up's failures as their own.
 */
final class Subject {

  private final Runnable notNull;
  private final Supplier<Plan> plan;
  private final String noun;
  private final Consumer<String> fail;

  Subject(Runnable notNull, Supplier<Plan> plan, String noun, Consumer<String> fail) {
    this.notNull = notNull;
    this.plan = plan;
    this.noun = noun;
    this.fail = fail;
  }

  /** Fails through the assertion with what {@code check} finds of its plan, if anything. */
  void check(Function<Plan, Optional<String>> check) {
    notNull.run();
    Plan p = plan.get();
    if (p != null) {
      check.apply(p).ifPresent(fail);
    }
  }

  /** How a message names what is asserted on: "the plan", "the sitting". */
  String noun() {
    return noun;
  }
}
