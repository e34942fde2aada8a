package org.plenary.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;

/** A name is a person's; a rank or a function is the capacity they speak in, never put for a name. */
class LabelsTest {

  private static final Delegation FINLAND = Delegation.of("FIN", LocalizedText.of("Finland", "Finlande"),
      Constituency.STATE_PARTY);

  @Test
  void anUnnamedSpeakerHasNoNameButACapacity() {
    Speaker s = Speaker.builder().rank(ProtocolRank.HEAD_OF_GOVERNMENT).delegation(FINLAND).build();
    assertThat(Labels.speaker(s, Locale.ENGLISH)).isEmpty();
    assertThat(Labels.name(s)).isEmpty();
    assertThat(Labels.capacity(s, Locale.FRENCH)).isEqualTo("Chef de gouvernement");
    assertThat(Labels.who(Intervention.of("fin", s, Duration.ofMinutes(5)), Locale.ENGLISH))
        .isEqualTo("Finland (Head of Government)");
  }

  @Test
  void aNamedSpeakerIsNamedWithTheFunctionBeforeTheRank() {
    Speaker s = Speaker.builder().name("A. Person").rank(ProtocolRank.MINISTER)
        .function(LocalizedText.of("Minister of Justice", "Ministre de la Justice")).delegation(FINLAND).build();
    assertThat(Labels.speaker(s, Locale.FRENCH)).isEqualTo("A. Person, Ministre de la Justice");
    assertThat(Labels.capacity(s, Locale.ENGLISH)).isEqualTo("Minister of Justice");
    assertThat(Labels.who(Intervention.of("fin", s, Duration.ofMinutes(5)), Locale.ENGLISH))
        .isEqualTo("A. Person, Minister of Justice (Finland)");
  }

  @Test
  void aPlainRepresentativeHasNoRankToShow() {
    Speaker s = Speaker.of(FINLAND);
    assertThat(Labels.capacity(s, Locale.ENGLISH)).isEmpty();
    assertThat(Labels.who(Intervention.of("fin", s, Duration.ofMinutes(3)), Locale.ENGLISH)).isEqualTo("Finland");
  }

  @Test
  void aSpeechKeptOutWaitsIsRefusedOrIsCarriedOverInEachLanguage() {
    Speaker s = Speaker.builder().rank(ProtocolRank.MINISTER).delegation(FINLAND).build();
    Intervention fin = Intervention.of("fin", s, Duration.ofMinutes(5));
    java.util.Map<Decision.Kind, WaitingEntry> entries = new java.util.EnumMap<>(Decision.Kind.class);
    for (Decision.Kind kind : List.of(Decision.Kind.WAIT_LISTED, Decision.Kind.REFUSED, Decision.Kind.CARRIED_OVER)) {
      entries.put(kind, WaitingEntry.of("floor", fin, List.of(Decision.of(kind, "test", LocalizedText.of("Why.")))));
    }
    assertThat(entries.values()).extracting(w -> Labels.status(w, Locale.ENGLISH))
        .containsExactly("waiting", "refused", "carried over");
    assertThat(entries.values()).extracting(w -> Labels.status(w, Locale.FRENCH))
        .containsExactly("en attente", "refusée", "reportée");
    assertThat(entries.values()).extracting(w -> Labels.status(w, Locale.forLanguageTag("ar")))
        .containsExactly("قيد الانتظار", "مرفوض", "مُرحَّل");
  }
}
