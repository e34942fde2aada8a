package org.plenary.core.testing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.Step;
import org.plenary.core.text.LocalizedText;

/**
 * A rule for tests that does to the draft what it is told, at the step it is told, and finds nothing
 * when it checks. Tests that need more override {@link #shape} or {@link #check}.
 */
public class ShapingRule implements Rule {

  private final String id;
  private final Step step;
  private final Consumer<Draft> shaping;

  /** A rule {@code id} at step {@code step} that leaves the draft as it is, until overridden. */
  protected ShapingRule(String id, Step step) {
    this(id, step, draft -> { });
  }

  private ShapingRule(String id, Step step, Consumer<Draft> shaping) {
    this.id = requireNonNull(id, "id");
    this.step = requireNonNull(step, "step");
    this.shaping = requireNonNull(shaping, "shaping");
  }

  /** A rule {@code id} that runs {@code shaping} at step {@code step}. */
  public static ShapingRule of(String id, Step step, Consumer<Draft> shaping) {
    return new ShapingRule(id, step, shaping);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of("shapes the draft for a test");
  }

  @Override
  public LocalizedText reason() {
    return LocalizedText.of("a test");
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(step);
  }

  @Override
  public void shape(Draft draft) {
    shaping.accept(draft);
  }

  @Override
  public List<Finding> check(Plan plan) {
    return List.of();
  }

  @Override
  public String toString() {
    return "ShapingRule[" + id + " at " + step + "]";
  }
}
