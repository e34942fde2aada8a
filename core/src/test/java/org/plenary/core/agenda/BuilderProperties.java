package org.plenary.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class BuilderProperties {

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(80).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<RequestToSpeak> requests() {
    Arbitrary<Speaker> speakers = Combinators.combine(
        names(), Arbitraries.of(ProtocolRank.class), Arbitraries.of(Constituency.standardValues()),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10))
        .as((name, rank, c, id) -> Speaker.builder().name(name).rank(rank).delegation(Delegation.of(id, LocalizedText.of(name), c)).build());
    return Combinators.combine(
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), speakers,
        Arbitraries.longs().between(0, 4_000_000_000L), Arbitraries.integers().between(1, 3600),
        Arbitraries.of(Channel.class))
        .as((id, speaker, at, seconds, channel) -> RequestToSpeak.builder().id(id).speaker(speaker)
            .received(Instant.ofEpochSecond(at)).duration(Duration.ofSeconds(seconds))
            .channel(channel).segment("floor").build());
  }

  @Property
  void aRequestRebuiltFromItselfIsEqual(@ForAll("requests") RequestToSpeak r) {
    RequestToSpeak copy = RequestToSpeak.builder().from(r).build();
    assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(copy.toIntervention().duration()).isEqualTo(r.duration());
  }

  @Property
  void textRebuiltFromItsLanguagesIsEqual(@ForAll("names") String en, @ForAll("names") String fr) {
    LocalizedText t = LocalizedText.of(en, fr);
    assertThat(LocalizedText.of(t.byLanguage())).isEqualTo(t);
    assertThat(t.in(java.util.Locale.FRENCH)).isEqualTo(fr);
  }

  @Property(tries = 50)
  void aPlenaryRebuiltFromItselfIsEqual(@ForAll @IntRange(min = 1, max = 1440) int minutes,
      @ForAll @IntRange(min = 0, max = 1439) int startMinute) {
    Plenary p = Sample.plenary(java.time.LocalDate.of(2020, 1, 1),
        java.time.LocalTime.MIN.plusMinutes(startMinute), Duration.ofMinutes(minutes));
    Plenary copy = Plenary.builder().from(p).build();
    assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(Plenary.builder().from(p).budget(p.budget()).build()).isEqualTo(p);
    assertThat(p.hardEnd()).isEqualTo(p.startInstant().plus(Duration.ofMinutes(minutes)));
  }
}
