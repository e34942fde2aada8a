package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** A waiting entry keeps a request's intervention only when it differs from what the request asks. */
class WaitingEntryTest {

  private final RequestToSpeak request = Sample.requests(1, 9).get(0);
  private final LocalizedText reason = LocalizedText.of("late", "en retard");

  private WaitingEntry.Builder entry() {
    return WaitingEntry.builder().segment("floor").ruleId("test").reason(reason)
        .status(WaitingEntry.Status.WAITING);
  }

  @Test
  void anEntryOfARequestIsEqualWithOrWithoutItsOwnIntervention() {
    WaitingEntry bare = entry().request(request).build();
    WaitingEntry full = entry().request(Optional.of(request)).intervention(request.toIntervention()).build();
    WaitingEntry made = WaitingEntry.of("floor", request.toIntervention(), Optional.of(request), "test", reason,
        WaitingEntry.Status.WAITING);
    assertThat(bare).isEqualTo(full).isEqualTo(made).hasSameHashCodeAs(full);
    assertThat(bare.intervention()).isEqualTo(request.toIntervention()).isSameAs(bare.intervention());
    assertThat(bare.id()).isEqualTo(request.id());
    assertThat(bare.speaker()).isEqualTo(request.speaker());
    assertThat(bare.request()).contains(request);
    assertThat(bare.isRequest()).isTrue();
    assertThat(bare.received()).isEqualTo(request.received());
  }

  @Test
  void keepsAnInterventionThatDiffersFromTheRequest() {
    Intervention shorter = request.toIntervention().withDuration(Duration.ofSeconds(30));
    WaitingEntry changed = entry().request(request).intervention(shorter).build();
    assertThat(changed.intervention()).isEqualTo(shorter);
    assertThat(changed).isNotEqualTo(entry().request(request).build());
  }

  @Test
  void anEntryOfTheProgrammeHasNoRequest() {
    Intervention item = Sample.plenary().segments().get(0).interventions().get(0);
    WaitingEntry programme = entry().segment("opening").intervention(item).build();
    assertThat(programme.request()).isEmpty();
    assertThat(programme.id()).isEqualTo("open");
    assertThat(programme.speaker()).isEqualTo(item.speaker());
    assertThat(programme.intervention()).isSameAs(item);
    assertThat(programme.isRequest()).isFalse();
    assertThatThrownBy(programme::received).isInstanceOf(IllegalStateException.class)
        .hasMessage("'open' is a programme item, not a request: it has no time received");
  }

  @Test
  void refusesAnEntryWithNeitherInterventionNorRequest() {
    assertThatThrownBy(() -> entry().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("waiting entry of segment 'floor' names no intervention and no request");
    assertThatThrownBy(() -> entry().request(Optional.empty()).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
