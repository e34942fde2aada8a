package org.plenary.core.sitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.plenary.core.text.LocalizedText;

class ReplanStrategyTest {

  @Test
  void aStrategyIsEqualToAnotherThatCarriesOverToTheSameMeeting() {
    ReplanStrategy a = ReplanStrategy.carryOverTo(LocalizedText.of("the next meeting"));
    assertThat(a).isEqualTo(ReplanStrategy.carryOverTo(LocalizedText.of("the next meeting")))
        .hasSameHashCodeAs(ReplanStrategy.carryOverTo(LocalizedText.of("the next meeting")))
        .isNotEqualTo(ReplanStrategy.carryOverTo(LocalizedText.of("another")))
        .isNotEqualTo(ReplanStrategy.waitListLast());
    assertThat(a.hashCode()).isNotEqualTo(ReplanStrategy.waitListLast().hashCode());
    assertThat(a.carriesOverTo()).contains(LocalizedText.of("the next meeting"));
    assertThat(ReplanStrategy.waitListLast().carriesOverTo()).isEmpty();
    assertThat(a.inSteps(Duration.ofSeconds(30)).carriesOverTo()).contains(LocalizedText.of("the next meeting"));
  }
}
