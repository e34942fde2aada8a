package org.plenary.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

/** Which speeches a declaration is about, as the planner reads it, and how it says so. */
class SelectorTest {

  private final Plenary plenary = Sample.plenary();
  private final Segment floor = plenary.requiredSegment("floor");
  private final Segment opening = plenary.requiredSegment("opening");

  /** What the planner reads of {@code s}. */
  private static Scope scope(Selector s) {
    return Scope.of(s);
  }

  private static Speech by(Constituency c, ProtocolRank rank) {
    Speaker speaker = Speaker.builder().delegation(Sample.delegation("d-" + c.id(), c)).rank(rank).build();
    return Intervention.of("x", speaker, Duration.ofMinutes(3));
  }

  @Test
  void segmentsCoverOnlyTheSegmentsNamed() {
    Selector s = Selector.segments("floor");

    assertThat(scope(s).covers(floor)).isTrue();
    assertThat(scope(s).covers(opening)).isFalse();
    assertThat(scope(s).wholeSegments()).isTrue();
    assertThat(scope(s).everything()).isFalse();
    assertThat(scope(s).segmentsIn(plenary)).containsExactly(floor);
    assertThat(scope(s).unknownSegments(plenary)).isEmpty();
    assertThat(scope(Selector.segments("floor", "gala", "opening")).unknownSegments(plenary))
        .containsExactly("gala");
  }

  @Test
  void listSegmentsCoverTheSegmentsThatTakeRequests() {
    assertThat(scope(Selector.listSegments()).segmentsIn(plenary)).containsExactly(floor);
    assertThat(scope(Selector.listSegments()).everything()).isFalse();
    assertThat(scope(Selector.everywhere()).everything()).isTrue();
    assertThat(scope(Selector.everywhere()).segmentsIn(plenary)).isEqualTo(plenary.segments());
  }

  @Test
  void constituenciesAndRanksSelectWhoSpeaksEverywhere() {
    Selector others = Selector.constituencies(Constituency.CIVIL_SOCIETY, Constituency.OBSERVER_STATE);
    Speech ngo = by(Constituency.CIVIL_SOCIETY, ProtocolRank.OTHER);
    Speech state = by(Constituency.STATE_PARTY, ProtocolRank.MINISTER);

    assertThat(scope(others).matches(opening, ngo)).isTrue();
    assertThat(others.test(state)).isFalse();
    assertThat(scope(others).wholeSegments()).isFalse();
    assertThat(Selector.ranks(ProtocolRank.MINISTER).test(state)).isTrue();
    assertThat(Selector.ranks(ProtocolRank.MINISTER).test(ngo)).isFalse();
  }

  @Test
  void aConstituencyEqualToOneNamedIsSelectedEvenIfItIsAnotherObject() {
    Constituency copy = Constituency.of(Constituency.CIVIL_SOCIETY.id(), Constituency.CIVIL_SOCIETY.label(),
        Constituency.CIVIL_SOCIETY.plural());
    Selector civil = Selector.constituencies(Constituency.CIVIL_SOCIETY);

    assertThat(civil.test(by(copy, ProtocolRank.OTHER))).isTrue();
    assertThat(civil.test(by(Constituency.OBSERVER_STATE, ProtocolRank.OTHER))).isFalse();
  }

  @Test
  void andIntersectsTheSegmentsAndJoinsTheConditions() {
    Selector both = Selector.segments("floor", "opening").and(Selector.segments("floor"))
        .and(Selector.constituencies(Constituency.CIVIL_SOCIETY));
    Speech ngo = by(Constituency.CIVIL_SOCIETY, ProtocolRank.OTHER);

    assertThat(scope(both).segmentsIn(plenary)).containsExactly(floor);
    assertThat(scope(both).matches(floor, ngo)).isTrue();
    assertThat(scope(both).matches(opening, ngo)).isFalse();
    assertThat(scope(both).matches(floor, by(Constituency.STATE_PARTY, ProtocolRank.OTHER))).isFalse();
    assertThat(scope(Selector.listSegments().and(Selector.everywhere())).segmentsIn(plenary))
        .containsExactly(floor);
    assertThat(scope(Selector.everywhere().and(Selector.segments("opening"))).segmentsIn(plenary))
        .containsExactly(opening);
  }

  @Test
  void segmentsWithNothingInCommonAreRefusedByName() {
    assertThatThrownBy(() -> Selector.segments("floor").and(Selector.segments("opening")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segments [floor] and [opening] have none in common");
  }

  @Test
  void emptySelectionsAreRefused() {
    assertThatThrownBy(() -> Selector.segments()).hasMessage("segments ([]) must name at least one segment");
    assertThatThrownBy(() -> Selector.constituencies(List.of()))
        .hasMessage("constituencies ([]) must name at least one");
    assertThatThrownBy(() -> Selector.ranks()).hasMessage("ranks must name at least one rank");
  }

  @Test
  void itSaysWhomItSelectsInEachLanguage() {
    Selector s = Selector.segments("floor")
        .and(Selector.constituencies(Constituency.CIVIL_SOCIETY, Constituency.OBSERVER_STATE));

    assertThat(s.describe(plenary).english()).isEqualTo("observer States and civil society in “Floor”");
    assertThat(s.describe(plenary).in(Locale.FRENCH))
        .isEqualTo("les États observateurs et la société civile dans « Débat »");
    assertThat(Selector.everywhere().describe(plenary).in(Locale.FRENCH)).isEqualTo("la séance");
    assertThat(Selector.segments("gala").describe(plenary).english()).isEqualTo("no segment");
    assertThat(s).hasToString("floor: observer States and civil society");
    assertThat(Selector.listSegments()).hasToString("list segments");
    assertThat(Selector.ranks(ProtocolRank.MINISTER)).hasToString("everywhere: Minister");
  }

  @Test
  void selectorsAreEqualByWhereAndWhomWhateverTheOrderOfTheirParts() {
    Selector civil = Selector.constituencies(Constituency.CIVIL_SOCIETY);
    Selector ministers = Selector.ranks(ProtocolRank.MINISTER);

    assertThat(civil.and(ministers)).isEqualTo(ministers.and(civil))
        .hasSameHashCodeAs(ministers.and(civil));
    assertThat(civil.and(civil)).isEqualTo(civil);
    assertThat(Selector.segments("floor").and(civil)).isNotEqualTo(civil)
        .isNotEqualTo(Selector.listSegments().and(civil));
    assertThat(civil).isNotEqualTo(ministers).isNotEqualTo("civil");
  }

  @Test
  void aPredicateSelectorIsEqualOnlyToOneWithTheSamePredicate() {
    Predicate<Speech> grouped = s -> s.onBehalfOf().isPresent();
    LocalizedText label = LocalizedText.of("group statements");

    assertThat(Selector.where(label, grouped)).isEqualTo(Selector.where(label, grouped));
    assertThat(Selector.where(label, grouped)).isNotEqualTo(Selector.where(label, s -> true));
    assertThat(Selector.where(label, grouped).test(by(Constituency.STATE_PARTY, ProtocolRank.OTHER))).isFalse();
  }
}
