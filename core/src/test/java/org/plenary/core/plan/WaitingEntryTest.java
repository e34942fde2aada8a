package org.plenary.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/**
 * A waiting entry keeps a request's intervention only when it differs from what the request asks,
 * and says why it waits through the first decision that keeps it out.
 */
class WaitingEntryTest {

  private final RequestToSpeak request = Sample.requests(1, 9).get(0);
  private final Decision late = Decision.of(Decision.Kind.WAIT_LISTED, "test",
      LocalizedText.of("Late.", "En retard."));
  private final Decision cut = Decision.of(Decision.Kind.CUT, "limit", LocalizedText.of("Cut."));

  private WaitingEntry.Builder entry() {
    return WaitingEntry.builder().segment("floor").addDecisions(late);
  }

  @Test
  void anEntryOfARequestIsEqualWithOrWithoutItsOwnIntervention() {
    WaitingEntry bare = entry().request(request).build();
    WaitingEntry full = entry().request(Optional.of(request)).intervention(request.toIntervention()).build();
    WaitingEntry made = WaitingEntry.builder().segment("floor").intervention(request.toIntervention())
        .request(request).addDecisions(late).build();
    WaitingEntry fromSpeech = WaitingEntry.of("floor", request, List.of(late));
    assertThat(bare).isEqualTo(full).isEqualTo(made).isEqualTo(fromSpeech).hasSameHashCodeAs(full);
    assertThat(bare.intervention()).isEqualTo(request.toIntervention());
    assertThat(bare.id()).isEqualTo(request.id());
    assertThat(bare.request()).contains(request);
    assertThat(bare.speech()).isSameAs(request);
  }

  @Test
  void keepsAnInterventionThatDiffersFromTheRequest() {
    Intervention shorter = Intervention.builder().from(request.toIntervention()).duration(Duration.ofSeconds(30)).build();
    WaitingEntry changed = entry().request(request).intervention(shorter).build();
    assertThat(changed.intervention()).isEqualTo(shorter);
    assertThat(changed).isNotEqualTo(entry().request(request).build());
  }

  @Test
  void anEntryOfTheProgrammeHasNoRequest() {
    Intervention item = Sample.plenary().segments().get(0).interventions().get(0);
    WaitingEntry programme = WaitingEntry.of("opening", item, List.of(late));
    assertThat(programme.request()).isEmpty();
    assertThat(programme.id()).isEqualTo("open");
    assertThat(programme.intervention()).isSameAs(item);
    assertThat(programme.speech()).isSameAs(item);
  }

  @Test
  void theFirstDecisionThatKeepsItOutSaysWhyAndWhetherItWaits() {
    WaitingEntry w = WaitingEntry.of("floor", request, List.of(cut, late));
    assertThat(w.decidedBy()).isSameAs(late);
    assertThat(w.decidedBy().ruleId()).isEqualTo("test");
    assertThat(w.status()).isEqualTo(Decision.Kind.WAIT_LISTED);
    Decision refused = Decision.of(Decision.Kind.REFUSED, "once", LocalizedText.of("Twice."));
    assertThat(WaitingEntry.builder().from(w).addDecisions(refused).build().decidedBy()).isSameAs(late);
    WaitingEntry r = WaitingEntry.of("floor", request, List.of(refused, late));
    assertThat(r.status()).isEqualTo(Decision.Kind.REFUSED);
    assertThat(r.toString()).isEqualTo("floor/" + request.id() + " " + request.speaker() + ", refused: Twice.");
    Decision translated = Decision.of(Decision.Kind.CARRIED_OVER, "series",
        LocalizedText.of("Carried over.", "Reporté.").with(java.util.Locale.forLanguageTag("es"), "Aplazado."));
    assertThat(WaitingEntry.of("floor", request, List.of(translated)))
        .hasToString("floor/" + request.id() + " " + request.speaker() + ", carried over: Carried over.");
    Decision carried = Decision.of(Decision.Kind.CARRIED_OVER, "series", LocalizedText.of("Later."));
    assertThat(WaitingEntry.of("floor", request, List.of(carried)).status())
        .isEqualTo(Decision.Kind.CARRIED_OVER);
    WaitingEntry moved = WaitingEntry.builder().from(w).addDecisions(carried).build();
    assertThat(moved.decidedBy()).isSameAs(carried);
    assertThat(moved.status()).isEqualTo(Decision.Kind.CARRIED_OVER);
    assertThat(moved.decidedBy().message()).isEqualTo(LocalizedText.of("Later."));
    assertThat(List.of(w, r, moved)).extracting(e -> e.statusLabel(java.util.Locale.FRENCH))
        .containsExactly("en attente", "refusée", "reportée");
    assertThat(w.toString()).contains(", waiting: ");
  }

  @Test
  void refusesAnEntryWithNeitherInterventionNorRequestOrThatNothingKeepsOut() {
    assertThatThrownBy(() -> entry().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("waiting entry of segment 'floor' names no intervention and no request");
    assertThatThrownBy(() -> WaitingEntry.of("floor", request, List.of(cut)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("waiting entry '" + request.id() + "' has no decision that keeps it out");
  }
}
