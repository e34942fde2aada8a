package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;

/** A rule given a reason of the facilitation's own stays the same rule in everything else. */
class ReasonedRuleTest {

  private static final LocalizedText OURS = LocalizedText.of("as the Bureau decided", "comme l'a décidé le Bureau");

  /** A rule of one's own with a description, a limit and a check of its own. */
  private static final class Brief implements Rule {
    @Override
    public String id() {
      return "test.brief";
    }

    @Override
    public LocalizedText name() {
      return LocalizedText.of("the brief rule");
    }

    @Override
    public LocalizedText description() {
      return LocalizedText.of("Statements of two minutes at most.");
    }

    @Override
    public LocalizedText reason() {
      return LocalizedText.of("the rules of procedure");
    }

    @Override
    public void declare(Declarations d) {
      d.limit(Selector.listSegments(), Duration.ofMinutes(2));
    }

    @Override
    public List<Finding> check(Plan plan) {
      return List.of(finding(Severity.WARNING, "plan", LocalizedText.of("a word of its own")).build());
    }
  }

  @Test
  void itForwardsAllButTheReason() {
    Rule brief = new Brief();
    Rule reasoned = brief.because(OURS);

    assertThat(reasoned.id()).isEqualTo("test.brief");
    assertThat(reasoned.name()).isEqualTo(brief.name());
    assertThat(reasoned.description()).isEqualTo(brief.description());
    assertThat(reasoned.describe(Sample.plenary())).isEqualTo(brief.describe(Sample.plenary()));
    assertThat(reasoned.reason()).isEqualTo(OURS);
    assertThat(reasoned).hasToString(brief + " because as the Bureau decided");
  }

  @Test
  void itDeclaresWhatTheRuleDeclaresAndItsFindingsGiveTheNewReason() {
    Plan plan = Trial.sample().request("SP1", Constituency.STATE_PARTY).plan(new Brief().because(OURS));

    assertThat(plan.slot("r1").orElseThrow().allotted()).isEqualTo(Duration.ofMinutes(2));
    assertThat(plan.findings()).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo(OURS));
  }

  @Test
  void aReasonGivenTwiceReplacesTheFirstAndEqualityFollowsRuleAndReason() {
    Rule brief = new Brief();
    Rule twice = brief.because(LocalizedText.of("first")).because(OURS);

    assertThat(twice).isEqualTo(brief.because(OURS)).hasSameHashCodeAs(brief.because(OURS));
    assertThat(twice).isNotEqualTo(brief.because(LocalizedText.of("first"))).isNotEqualTo(brief);
    assertThat(twice.hashCode()).isNotEqualTo(brief.because(LocalizedText.of("first")).hashCode());
  }

  @Test
  void aRuleSetFindsTheRuleBehindItsReason() {
    RuleSet rules = RuleSet.of(new Brief().because(OURS));

    assertThat(rules.rule("test.brief", Brief.class)).get().isInstanceOf(Brief.class);
    assertThat(rules.rule("test.none", Brief.class)).isEmpty();
  }
}
