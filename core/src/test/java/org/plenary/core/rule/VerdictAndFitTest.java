package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.scope.Judgement;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.text.LocalizedText;

/** The small values a rule hands the planner: what it decides of a request, and how time is made to fit. */
class VerdictAndFitTest {

  private static final LocalizedText LATE = LocalizedText.of("received late", "reçue en retard");

  @Test
  void verdictsAreEqualByKindAndReason() {
    assertThat(Verdict.admitLate(LATE)).isEqualTo(Verdict.admitLate(LocalizedText.of("received late",
        "reçue en retard"))).hasSameHashCodeAs(Verdict.admitLate(LATE));
    assertThat(Verdict.admitLate(LATE)).isNotEqualTo(Verdict.waitList(LATE))
        .isNotEqualTo(Verdict.admitLate(LocalizedText.of("other"))).isNotEqualTo("admit-late");
    assertThat(Verdict.admit()).isSameAs(Verdict.admit()).isNotEqualTo(Verdict.refuse(LATE));
    assertThat(Verdict.refuse(LATE).hashCode()).isNotEqualTo(Verdict.waitList(LATE).hashCode());
  }

  @Test
  void aVerdictReadsAsItsKindAndItsEnglishReason() {
    assertThat(Verdict.admit()).hasToString("admit");
    assertThat(Verdict.waitList(LATE)).hasToString("wait_list: received late");
    assertThat(Judgement.of(Verdict.refuse(LATE)).kind()).isEqualTo(Judgement.Kind.REFUSE);
    assertThat(Judgement.of(Verdict.refuse(LATE)).why()).contains(LATE);
    assertThat(Judgement.of(Verdict.admit()).why()).isEmpty();
  }

  @Test
  void aVerdictNeedsAReasonUnlessItAdmits() {
    assertThatThrownBy(() -> new Judgement(Judgement.Kind.REFUSE, java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a verdict REFUSE needs a reason");
    assertThatThrownBy(() -> new Judgement(Judgement.Kind.ADMIT, java.util.Optional.of(LATE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a verdict ADMIT takes no reason ('received late')");
    assertThat(new Judgement(Judgement.Kind.ADMIT_LATE, java.util.Optional.of(LATE)).why()).contains(LATE);
    assertThatThrownBy(() -> Verdict.refuse(null)).hasMessageContaining("why");
  }

  @Test
  void eachFactoryGivesItsPolicy() {
    assertThat(Fitting.of(Fit.waitList()).policy()).isEqualTo(Fitting.Policy.WAIT_LIST);
    assertThat(Fitting.of(Fit.shorten(Duration.ofMinutes(2))).policy()).isEqualTo(Fitting.Policy.SHORTEN);
    assertThat(Fitting.of(Fit.shortenThenWaitList(Duration.ofMinutes(2))).policy())
        .isEqualTo(Fitting.Policy.SHORTEN_THEN_WAIT_LIST);
    assertThat(Fitting.of(Fit.shorten(Duration.ofMinutes(1))).minimum()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aFitIsEqualByPolicyMinimumAndStep() {
    Fit fit = Fit.shortenThenWaitList(Duration.ofMinutes(2));

    assertThat(fit).isEqualTo(Fit.shortenThenWaitList(Duration.ofSeconds(120)))
        .hasSameHashCodeAs(Fit.shortenThenWaitList(Duration.ofSeconds(120)));
    assertThat(fit).isNotEqualTo(Fit.shorten(Duration.ofMinutes(2)))
        .isNotEqualTo(Fit.shortenThenWaitList(Duration.ofMinutes(3)))
        .isNotEqualTo(fit.inSteps(Duration.ofSeconds(30)))
        .isNotEqualTo("fit");
    assertThat(fit.hashCode()).isNotEqualTo(fit.inSteps(Duration.ofSeconds(30)).hashCode());
    assertThat(Fitting.of(fit).step()).isEqualTo(java.time.Duration.ofSeconds(15));
    assertThat(Fitting.of(fit.inSteps(Duration.ofSeconds(30))).step()).isEqualTo(Duration.ofSeconds(30));
    assertThat(Fitting.of(fit).minimum()).isEqualTo(Duration.ofMinutes(2));
    assertThat(Fitting.of(fit).policy()).isEqualTo(Fitting.Policy.SHORTEN_THEN_WAIT_LIST);
  }

  @Test
  void aFitReadsAsWhatAChairWouldDo() {
    assertThat(Fit.waitList()).hasToString("wait-list");
    assertThat(Fit.shorten(Duration.ofSeconds(90))).hasToString("shorten to 1 min 30 s in steps of 15 s");
    assertThat(Fit.shortenThenWaitList(Duration.ofMinutes(2)).inSteps(Duration.ofSeconds(30)))
        .hasToString("shorten to 2 min in steps of 30 s, then wait-list");
  }

  @Test
  void aMinimumOrStepMustBePositiveAndTheMessageEchoesIt() {
    assertThatThrownBy(() -> Fit.shorten(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minimum (PT0S) must be positive");
    assertThatThrownBy(() -> Fit.waitList().inSteps(Duration.ofSeconds(-15)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step (PT-15S) must be positive");
    assertThatThrownBy(() -> Fit.shorten(null)).hasMessageContaining("minimum");
  }
}
