package org.plenary.core.planner;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.internal.resolve.Book;
import org.plenary.core.internal.resolve.Checker;
import org.plenary.core.internal.resolve.Resolver;
import org.plenary.core.plan.Plan;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a plenary and its list of speakers under a {@link RuleSet}, and checks plans against it.
 *
 * <p>Every rule {@linkplain org.plenary.core.rule.Rule#declare declares} what it wants, and one
 * resolution settles it all: admit, order, allot, fit (see
 * {@link org.plenary.core.rule.Declarations}). The plan does not depend on the order of the rules,
 * every decision in it names its rule, and its findings are the rules' check of the result. Planning
 * is pure and deterministic: the same inputs give an equal plan. Immutable and thread-safe when its
 * rules are.
 *
 * <pre>{@code
 * Plan plan = Planner.of(rules).plan(plenary, requests);
 * plan.timetable().end();
 * plan.explain("floor-7", Locale.FRENCH);
 * }</pre>
 */
public final class Planner {

  private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

  private final RuleSet rules;
  private final Optional<Clock> clock;

  private Planner(RuleSet rules, Optional<Clock> clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /** A planner that resolves and checks plans under {@code rules}; its plans carry no time stamp. */
  public static Planner of(RuleSet rules) {
    return new Planner(requireNonNull(rules, "rules"), Optional.empty());
  }

  /** This planner, stamping each plan with the instant {@code clock} gives when it is made. */
  public Planner withClock(Clock clock) {
    return new Planner(rules, Optional.of(requireNonNull(clock, "clock")));
  }

  /** The rules it plans with. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Plans {@code plenary} with {@code requests}: every request ends either in the plan or on the
   * waiting list, and the findings say what each rule checked.
   *
   * @throws IllegalArgumentException if a request's id is used twice or by the programme, or it asks
   *     for a segment that does not exist or does not take requests; nothing is planned then
   */
  public Plan plan(Plenary plenary, Collection<RequestToSpeak> requests) {
    requireNonNull(plenary, "plenary");
    requireNonNull(requests, "requests");
    Plan plan = Resolver.plan(Book.of(plenary, rules.rules()), requests, clock.map(Clock::instant));
    LOG.debug("planned {}", plan);
    return plan;
  }

  /**
   * {@code plan} with the findings of these rules in place of its own: for a plan made elsewhere,
   * read from a file or changed by hand.
   */
  public Plan check(Plan plan) {
    requireNonNull(plan, "plan");
    return plan.withFindings(Checker.check(Book.of(plan.plenary(), rules.rules()), plan));
  }

  @Override
  public String toString() {
    return "Planner" + rules.ids();
  }
}
