package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Planner;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class RuleSetTest {

  /** A rule with a given id, step and check. */
  record Stub(String id, Optional<Step> step, java.util.function.Function<Plan, List<Finding>> checker)
      implements Rule {
    @Override
    public LocalizedText description() {
      return LocalizedText.of(id);
    }

    @Override
    public LocalizedText reason() {
      return LocalizedText.of("stub");
    }

    @Override
    public void shape(Draft draft) {
      // nothing
    }

    @Override
    public List<Finding> check(Plan plan) {
      return checker.apply(plan);
    }
  }

  private static Stub stub(String id, Step step) {
    return new Stub(id, Optional.ofNullable(step),
        p -> List.of(Finding.builder().ruleId(id).severity(Severity.INFO).subject("plan")
            .message(LocalizedText.of("ok")).reason(LocalizedText.of("stub")).build()));
  }

  @Test
  void composesInOrderAndFindsRulesById() {
    RuleSet set = RuleSet.of(stub("a.one", Step.ORDER)).and(stub("b.two", null)).and(RuleSet.of(stub("c.three", Step.ORDER)));
    assertThat(set.ids()).containsExactly("a.one", "b.two", "c.three");
    assertThat(set.shaping(Step.ORDER)).extracting(Rule::id).containsExactly("a.one", "c.three");
    assertThat(set.shaping(Step.FIT)).isEmpty();
    assertThat(set.rule("b.two")).isPresent();
    assertThat(set.rule("zzz")).isEmpty();
    assertThat(set.without("b.two").ids()).containsExactly("a.one", "c.three");
    assertThat(set).hasToString("RuleSet[a.one, b.two, c.three]");
    assertThat(RuleSet.of(List.of(set.rules().get(0)))).isEqualTo(RuleSet.of(set.rules().get(0)))
        .hasSameHashCodeAs(RuleSet.of(set.rules().get(0))).isNotEqualTo(set);
    assertThatThrownBy(() -> set.without("zzz"))
        .hasMessage("rule id 'zzz' is not in this set; it holds [a.one, b.two, c.three]");
  }

  @Test
  void refusesBadOrDuplicateIds() {
    assertThatThrownBy(() -> RuleSet.of(stub("Time Limit", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule id 'Time Limit' must be lower-case words");
    assertThatThrownBy(() -> RuleSet.of(stub("a", null), stub("a", null)))
        .hasMessage("rule id 'a' is used twice");
  }

  @Test
  void aRuleThatThrowsOrSaysNothingIsReportedNotSilent() {
    Rule boom = new Stub("x.boom", Optional.empty(), p -> {
      throw new IllegalStateException("kaput");
    });
    Rule silent = new Stub("x.silent", Optional.empty(), p -> List.of());
    Plan plan = Planner.of(RuleSet.of(boom, silent, stub("x.fine", null))).plan(Sample.plenary(), List.of());
    assertThat(plan.findings()).extracting(f -> f.severity() + " " + f.ruleId()).containsExactly(
        "ERROR x.boom", "WARNING x.silent", "INFO x.fine");
    assertThat(plan.findings().get(0).message().english())
        .isEqualTo("The rule failed while checking the plan: java.lang.IllegalStateException: kaput");
    assertThat(plan.findings().get(1).message().english())
        .isEqualTo("The rule reported nothing, not even that it had nothing to check.");
  }

  @Test
  void discoversProvidersAndLoadsTheirRules() {
    assertThat(RuleSet.providers()).extracting(RuleProvider::id).containsExactly("test.echo");
    assertThat(RuleSet.discover().ids()).containsExactly("test.echo");
    Properties p = new Properties();
    p.setProperty("rules", "test.echo");
    p.setProperty("test.echo.because", "x");
    assertThatThrownBy(() -> RuleSet.load(p, "p", Constituency.standardValues()))
        .isInstanceOf(RuleConfigException.class)
        .hasMessage("p: test.echo.because = 'x' is not a setting of rule 'test.echo'");
    p.remove("test.echo.because");
    p.setProperty("rules", "  ");
    assertThatThrownBy(() -> RuleSet.load(p, "p", Constituency.standardValues()))
        .hasMessage("p: rules = '  ' must list the rule ids to use, separated by commas");
  }

  @Test
  void findingsRenderInTheReadersLanguageAndRefuseBlankFields() {
    Finding f = Finding.builder().ruleId("r").severity(Severity.WARNING).subject("floor")
        .message(LocalizedText.of("late", "en retard")).reason(LocalizedText.of("the note", "la note"))
        .suggestion(LocalizedText.of("hurry", "se presser")).build();
    assertThat(f.render(java.util.Locale.FRENCH))
        .isEqualTo("avertissement [r] floor: en retard (motif : la note) Suggestion : se presser");
    assertThat(f).hasToString("warning [r] floor: late (because: the note) Suggestion: hurry");
    assertThatThrownBy(() -> Finding.builder().ruleId(" ").severity(Severity.INFO).subject("x")
        .message(LocalizedText.of("m")).reason(LocalizedText.of("r")).build())
        .hasMessage("finding rule id (' ') must not be blank");
    assertThat(RuleSummary.of("a", LocalizedText.of("d"), LocalizedText.of("r"))).hasToString("a: d");
  }
}
