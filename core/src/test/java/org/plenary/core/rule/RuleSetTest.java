package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.Rule;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class RuleSetTest {

  /** A rule with a given id, declarations and check of its own. */
  static final class Stub extends Rule {
    private final java.util.function.Consumer<Declarations> declaring;
    private final java.util.function.Function<Plan, List<Finding>> checker;

    Stub(String id, java.util.function.Consumer<Declarations> declaring,
        java.util.function.Function<Plan, List<Finding>> checker) {
      super(id, LocalizedText.of(id), LocalizedText.of("stub"));
      this.declaring = declaring;
      this.checker = checker;
    }

    @Override
    public void declare(Declarations declarations) {
      declaring.accept(declarations);
    }

    @Override
    public List<Finding> check(Plan plan) {
      return checker.apply(plan);
    }
  }

  private static Stub stub(String id) {
    return new Stub(id, d -> { },
        p -> List.of(Finding.builder().ruleId(id).severity(Severity.INFO).subject("plan")
            .message(LocalizedText.of("ok")).reason(LocalizedText.of("stub")).build()));
  }

  @Test
  void composesInOrderAndFindsRulesById() {
    RuleSet set = RuleSet.of(stub("a.one")).and(stub("b.two"), stub("c.three"));
    assertThat(set.rules()).extracting(Rule::id).containsExactly("a.one", "b.two", "c.three");
    assertThat(set.rule("b.two")).isPresent();
    assertThat(set.rule("zzz")).isEmpty();
    assertThat(set.without("b.two").rules()).extracting(Rule::id).containsExactly("a.one", "c.three");
    assertThat(set).hasToString("RuleSet[a.one, b.two, c.three]");
    assertThat(RuleSet.of(List.of(set.rules().get(0))).rules()).isEqualTo(RuleSet.of(set.rules().get(0)).rules());
    assertThatThrownBy(() -> set.without("zzz"))
        .hasMessage("rule id 'zzz' is not in this set; it holds [a.one, b.two, c.three]");
  }

  @Test
  void refusesBadOrDuplicateIds() {
    assertThatThrownBy(() -> stub("Time Limit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rule id 'Time Limit' must be lower-case words");
    assertThatThrownBy(() -> RuleSet.of(stub("a"), stub("a")))
        .hasMessage("rule id 'a' is used twice");
  }

  @Test
  void aRuleThatThrowsIsReportedByNameAndLeftOutWhileTheOthersHold() {
    Rule boom = new Stub("x.boom", d -> d.limit(Selector.everywhere(), java.time.Duration.ofMinutes(1)), p -> {
      throw new IllegalStateException("kaput");
    });
    Rule declaringBoom = new Stub("x.declare", d -> {
      d.limit(Selector.everywhere(), java.time.Duration.ofSeconds(1));
      throw new IllegalStateException("half declared");
    }, p -> List.of());
    Rule keyBoom = new Stub("x.key", d -> d.order(Selector.listSegments(), Place.named("x.key"), r -> {
      throw new IllegalArgumentException("no key for " + r.id());
    }), p -> List.of());
    Rule silent = new Stub("x.silent", d -> { }, p -> List.of());
    Plan plan = Planner.of(RuleSet.of(boom, declaringBoom, keyBoom, silent, stub("x.fine")))
        .plan(Sample.plenary(), Sample.requests(2, 5));
    assertThat(plan.findings()).extracting(f -> f.severity() + " " + f.ruleId() + " " + f.subject())
        .containsExactly("ERROR x.boom plan", "ERROR x.declare plan", "ERROR x.key r0", "INFO x.fine plan",
            "INFO x.silent plan");
    assertThat(plan.findings().get(0).message().english())
        .isEqualTo("The rule's own check failed: java.lang.IllegalStateException: kaput");
    assertThat(plan.findings().get(1).message().english())
        .isEqualTo("The rule failed and was left out of the plan: java.lang.IllegalStateException: half declared");
    assertThat(plan.findings().get(2).message().in(java.util.Locale.FRENCH)).isEqualTo("La règle a échoué sur "
        + "une intervention (" + Sample.requests(2, 5).get(0).speaker().delegation().name().in(java.util.Locale.FRENCH)
        + ") et a été écartée du plan : java.lang.IllegalArgumentException: no key for r0");
    assertThat(plan.findings().get(4).message().english())
        .isEqualTo("Nothing to check: the rule asks nothing of this plenary.");
    assertThat(plan.slots()).allSatisfy(s -> assertThat(s.allotted()).isGreaterThanOrEqualTo(
        java.time.Duration.ofMinutes(1)));
    assertThat(plan.slots("floor")).extracting(org.plenary.core.plan.Slot::id).containsExactly("r0", "r1");
    assertThat(plan.slots("floor")).allSatisfy(s -> assertThat(s.decisions())
        .noneMatch(d -> d.ruleId().equals("x.key")));
  }

  @Test
  void discoversProvidersAndLoadsTheirRules() {
    assertThat(RuleSet.providers()).extracting(RuleProvider::id).containsExactly("test.echo");
    assertThat(RuleSet.discover().rules()).extracting(Rule::id).containsExactly("test.echo");
    Properties p = new Properties();
    p.setProperty("rules", "test.echo");
    p.setProperty("test.echo.because", "x");
    assertThatThrownBy(() -> RuleSet.load(p, "p", Constituency.standardValues()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p: test.echo.because = 'x' is not a setting of rule 'test.echo'");
    p.remove("test.echo.because");
    p.setProperty("rules", "  ");
    assertThatThrownBy(() -> RuleSet.load(p, "p", Constituency.standardValues()))
        .hasMessage("p: rules = '  ' must list the rule ids to use, separated by commas");
  }

  @Test
  void findingsRenderInTheReadersLanguageWithoutIdsAndRefuseBlankFields() {
    Finding f = Finding.builder().ruleId("r").severity(Severity.WARNING).subject("floor")
        .message(LocalizedText.of("late", "en retard")).reason(LocalizedText.of("the note", "la note"))
        .suggestion(LocalizedText.of("hurry", "se presser")).addRelated("q").build();
    assertThat(f.render(java.util.Locale.FRENCH, Optional.empty()))
        .isEqualTo("avertissement : en retard (motif : la note) Suggestion : se presser");
    assertThat(f.render(java.util.Locale.FRENCH, Optional.of(LocalizedText.of("the rule", "la règle"))))
        .isEqualTo("avertissement, la règle : en retard (motif : la note) Suggestion : se presser");
    assertThat(f).hasToString("[r with q] floor: warning: late (because: the note) Suggestion: hurry");
    assertThatThrownBy(() -> Finding.builder().ruleId(" ").severity(Severity.INFO).subject("x")
        .message(LocalizedText.of("m")).reason(LocalizedText.of("r")).build())
        .hasMessage("finding rule id (' ') must not be blank");
    assertThat(RuleSummary.of("a", LocalizedText.of("n"), LocalizedText.of("d"), LocalizedText.of("r")).description())
        .isEqualTo(LocalizedText.of("d"));
  }
}
