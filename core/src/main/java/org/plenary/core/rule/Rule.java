package org.plenary.core.rule;

import java.util.List;
import java.util.Optional;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.text.LocalizedText;

/**
 * A pluggable policy that shapes a plan while it is planned and checks a plan once it exists.
 *
 * <p>A rule has an id ({@code time-limit.speaking}), a description and the reason it exists, its
 * source ("concept note, Format: three minutes at most"). In its {@linkplain #step() step} it may
 * {@linkplain #shape(Draft) shape} the draft: admit, order, allot or trim. It always
 * {@linkplain #check(Plan) checks} a plan and reports {@link Finding findings}; it never throws on a
 * bad plan, and it says so when it had nothing to check.
 *
 * <p>Rules are values of the caller's own: implement this interface, add the rule to a
 * {@link RuleSet}, or offer it to configuration files through a {@link RuleProvider}.
 */
public interface Rule {

  /** The rule's id, such as {@code time-limit.speaking}: lower-case words, dots and hyphens. */
  String id();

  /** What the rule asks, in each language. */
  LocalizedText description();

  /** Why: the source of the rule, in each language. */
  LocalizedText reason();

  /** The planning step in which the rule shapes a plan, or empty if it only checks. */
  default Optional<Step> step() {
    return Optional.empty();
  }

  /** Shapes the draft in this rule's step; does nothing unless overridden. */
  default void shape(Draft draft) {}

  /**
   * Checks a plan and reports what it found: at least one finding, an {@link Severity#INFO} one when
   * everything holds or when there was nothing to check.
   */
  List<Finding> check(Plan plan);

  /** A finding builder with this rule's id and reason filled in. */
  default Finding.Builder finding(Severity severity, String subject, LocalizedText message) {
    return Finding.builder().ruleId(id()).reason(reason()).severity(severity).subject(subject)
        .message(message);
  }
}
