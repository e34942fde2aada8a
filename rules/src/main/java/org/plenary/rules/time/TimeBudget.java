package org.plenary.rules.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * The whole sitting keeps to the plenary's time budget: "two hours in total".
 *
 * <p>The list of speakers is fitted into what the programme and the gaps leave, as the {@link Fit}
 * says: the last in order wait, or statements are first shortened, down to a minimum and in steps a
 * chair can keep. The programme is never cut. Configuration keys: {@code fit} ({@code wait-list},
 * {@code shorten-then-wait-list} or {@code shorten}), {@code minimum}, {@code step} (ISO-8601).
 * Immutable and thread-safe.
 */
public final class TimeBudget extends Rule {

  /** The rule id. */
  public static final String ID = "time-limit.budget";

  private final Fit fit;

  private TimeBudget(Fit fit) {
    super(ID, Messages.RULES.text("time-limit.budget.name"), Messages.RULES.text("time-limit.budget.reason"));
    this.fit = requireNonNull(fit, "fit");
  }

  /** Keeps the budget by moving the last speakers in order to the waiting list. */
  public static TimeBudget waitListing() {
    return new TimeBudget(Fit.waitList());
  }

  /** Keeps the budget by shortening statements, to no less than {@code minimum}, then wait-listing. */
  public static TimeBudget shortening(Duration minimum) {
    return new TimeBudget(Fit.shortenThenWaitList(minimum));
  }

  /** Keeps the budget as {@code fit} says. */
  public static TimeBudget fitting(Fit fit) {
    return new TimeBudget(fit);
  }

  /** The rule as {@code config} sets it: {@code fit}, {@code minimum}, {@code step}. */
  public static TimeBudget configured(RuleConfig config) {
    return new TimeBudget(config.fit(Fit.waitList()));
  }

  /** How the list is fitted. */
  public Fit fit() {
    return fit;
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    Fitting fitting = Fitting.of(fit);
    return switch (fitting.policy()) {
      case WAIT_LIST -> Messages.RULES.text("time-limit.budget.description.wait-list");
      case SHORTEN_THEN_WAIT_LIST -> Messages.RULES.text("time-limit.budget.description.shorten",
          Durations.text(fitting.minimum()));
      case SHORTEN -> Messages.RULES.text("time-limit.budget.description.shorten-only",
          Durations.text(fitting.minimum()));
    };
  }

  @Override
  public void declare(Declarations declarations) {
    declarations.capacity(Selector.everywhere(), declarations.plenary().budget(), fit);
  }

  @Override
  public String toString() {
    return ID + " (" + fit + ")";
  }

  /** Makes the rule from {@code fit}, {@code minimum} and {@code step}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, TimeBudget::configured);
    }
  }
}
