package org.plenary.rules.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.text.Durations;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Reasons;

/**
 * The whole sitting keeps to the plenary's time budget: "two hours in total".
 *
 * <p>In the {@link Step#FIT fit} step the list of speakers is fitted into the time the programme
 * leaves, as the {@link FitPolicy} says: the last in order go to the waiting list, or statements are
 * first shortened down to a minimum. The programme itself is never cut. Its check reports an overrun
 * with the amount, or the time left. Configuration keys: {@code fit} ({@code wait-list} or
 * {@code shorten-then-wait-list}), {@code minimum} (ISO-8601), {@code because.en},
 * {@code because.fr}. Immutable and thread-safe.
 */
public final class TimeBudget implements Rule {

  /** The rule id. */
  public static final String ID = "time-limit.budget";

  private final FitPolicy policy;
  private final Duration minimum;
  private final LocalizedText reason;

  private TimeBudget(FitPolicy policy, Duration minimum, LocalizedText reason) {
    this.policy = requireNonNull(policy, "policy");
    this.minimum = requireNonNull(minimum, "minimum");
    this.reason = requireNonNull(reason, "reason");
    if (minimum.isNegative() || minimum.isZero()) {
      throw new IllegalArgumentException("minimum (" + minimum + ") must be positive");
    }
  }

  /** Keeps the budget by moving the last speakers in order to the waiting list. */
  public static TimeBudget waitListing() {
    return new TimeBudget(FitPolicy.WAIT_LIST, Duration.ofMinutes(1),
        Messages.RULES.text("time-limit.budget.reason"));
  }

  /** Keeps the budget by shortening statements, to no less than {@code minimum}, then wait-listing. */
  public static TimeBudget shortening(Duration minimum) {
    return new TimeBudget(FitPolicy.SHORTEN_THEN_WAIT_LIST, minimum,
        Messages.RULES.text("time-limit.budget.reason"));
  }

  /** This rule with {@code reason} as its stated reason. */
  public TimeBudget because(LocalizedText reason) {
    return new TimeBudget(policy, minimum, reason);
  }

  /** How the list is fitted. */
  public FitPolicy policy() {
    return policy;
  }

  /** The shortest a statement is cut to, under {@link FitPolicy#SHORTEN_THEN_WAIT_LIST}. */
  public Duration minimum() {
    return minimum;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    return policy == FitPolicy.WAIT_LIST
        ? Messages.RULES.text("time-limit.budget.description.wait-list")
        : Messages.RULES.text("time-limit.budget.description.shorten", Durations.format(minimum));
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.FIT);
  }

  @Override
  public void shape(Draft draft) {
    int size = 0;
    for (Segment s : draft.plenary().segments()) {
      size += draft.candidates(s.id()).size();
    }
    List<Candidate> requests = new ArrayList<>(size);
    Duration programme = Duration.ZERO;
    for (Segment s : draft.plenary().segments()) {
      programme = programme.plus(s.gapBefore());
      for (Candidate c : draft.candidates(s.id())) {
        if (c.isRequest()) {
          requests.add(c);
        } else {
          programme = programme.plus(c.allotted());
        }
      }
    }
    new Fitter(policy, minimum).fit(draft, requests, draft.plenary().budget().minus(programme), ID,
        Messages.RULES.text("time-limit.budget.waiting", Durations.format(draft.plenary().budget())));
  }

  @Override
  public List<Finding> check(Plan plan) {
    Duration budget = plan.plenary().budget();
    Duration total = plan.total();
    long waiting = plan.waitingList().stream().filter(w -> w.ruleId().equals(ID)).count();
    List<Finding> findings = new ArrayList<>();
    if (total.compareTo(budget) > 0) {
      findings.add(finding(Severity.ERROR, "plan", Messages.RULES.text("time-limit.budget.over",
              Durations.format(total), Durations.format(total.minus(budget)), Durations.format(budget)))
          .suggestion(Messages.RULES.text("time-limit.budget.over.fix"))
          .build());
    } else {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("time-limit.budget.ok",
          Durations.format(total), Durations.format(budget), Durations.format(budget.minus(total))))
          .build());
    }
    if (waiting > 0) {
      findings.add(finding(Severity.INFO, "waiting-list",
          Messages.RULES.text("time-limit.budget.moved", waiting)).build());
    }
    return findings;
  }

  @Override
  public String toString() {
    return ID + " (" + description().english() + ")";
  }

  /** Makes the rule from {@code fit} and {@code minimum}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      FitPolicy policy = config.choice("fit", FitPolicy.class, FitPolicy.WAIT_LIST);
      Duration minimum = config.duration("minimum", Duration.ofMinutes(1));
      TimeBudget rule = policy == FitPolicy.WAIT_LIST ? waitListing() : shortening(minimum);
      return rule.because(Reasons.read(config, rule.reason()));
    }
  }
}
