package org.plenary.core.testing;

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
 * when it checks.
 */
public record ShapingRule(String id, Step at, Consumer<Draft> shaping) implements Rule {

  /** A rule {@code id} that runs {@code shaping} at step {@code at}. */
  public static ShapingRule of(String id, Step at, Consumer<Draft> shaping) {
    return new ShapingRule(id, at, shaping);
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
    return Optional.of(at);
  }

  @Override
  public void shape(Draft draft) {
    shaping.accept(draft);
  }

  @Override
  public List<Finding> check(Plan plan) {
    return List.of();
  }
}
