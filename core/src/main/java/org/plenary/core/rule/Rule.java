package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.text.LocalizedText;

/**
 * A pluggable policy for a plenary: it {@linkplain #declare declares} what it wants of a plan, and
 * the planner resolves every rule's declarations at once.
 *
 * <p>A rule has an id ({@code time-limit.speaking}), a name as readers know it ("the speaking
 * limit"), what it asks and the reason it exists, its source ("concept note, Format: three minutes at
 * most"). It does not shape a plan itself and does not run in any order: it states admissions,
 * orders, fixed places, limits and capacities through {@link Declarations}, and every decision in
 * the plan names the rule that made it. The planner records what each declaration did, a line for
 * the rule, and {@link org.plenary.core.planner.Planner#check} holds a plan made elsewhere against
 * the same declarations, so that a rule reports what it did without writing a check; {@link #check}
 * is for what a rule cannot declare.
 *
 * <pre>{@code
 * Rule threeMinutes = Rule.of("time-limit.floor", LocalizedText.of("three minutes on the floor"),
 *     LocalizedText.of("concept note, Format"),
 *     d -> d.limit(Selector.segments("floor"), Duration.ofMinutes(3)));
 * }</pre>
 *
 * <p>Add a rule to a {@link RuleSet}, or offer it to configuration files through a
 * {@link RuleProvider}.
 */
public interface Rule {

  /**
   * A rule made of its id, its name, its reason and what it declares: for a rule of a facilitation's
   * own, written in a few lines. It is equal to another only if it is the same object.
   */
  static Rule of(String id, LocalizedText name, LocalizedText reason, Consumer<Declarations> declare) {
    return new DeclaringRule(id, name, reason, declare);
  }

  /** The rule's id, such as {@code time-limit.speaking}: lower-case words, dots and hyphens. */
  String id();

  /** The rule's name as decisions and findings name it: "the speaking limit". */
  LocalizedText name();

  /** What the rule asks, in each language; its name unless stated. */
  default LocalizedText description() {
    return name();
  }

  /**
   * What the rule asks of {@code plenary}, naming its segments and speakers as readers know them;
   * the {@linkplain #description() description} unless stated.
   */
  default LocalizedText describe(Plenary plenary) {
    return description();
  }

  /** Why: the source of the rule, in each language. */
  LocalizedText reason();

  /**
   * States what the rule wants of a plan of {@code declarations.plenary()}. The planner calls it once
   * a plan, and once a re-plan of a sitting; a rule that throws is reported as an error finding and
   * its declarations are left out.
   */
  void declare(Declarations declarations);

  /**
   * Checks what the declarations cannot express, and reports findings; none unless overridden. The
   * planner checks the declarations themselves.
   */
  default List<Finding> check(Plan plan) {
    return List.of();
  }

  /** This rule with {@code reason} as its stated reason. */
  default Rule because(LocalizedText reason) {
    return new ReasonedRule(this, requireNonNull(reason, "reason"));
  }

  /** A finding builder with this rule's id and reason filled in. */
  default Finding.Builder finding(Severity severity, String subject, LocalizedText message) {
    return Finding.builder().ruleId(id()).reason(reason()).severity(severity).subject(subject)
        .message(message);
  }
}
