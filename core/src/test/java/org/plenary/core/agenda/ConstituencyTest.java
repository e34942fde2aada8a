package org.plenary.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.core.text.LocalizedText;

/** Constituencies: the concept note's, and those a facilitation adds. */
class ConstituencyTest {

  @Test
  void theStandardOrderIsTheConceptNotesThenTheOthersById() {
    Constituency youth = Constituency.of("youth", LocalizedText.of("Youth"), LocalizedText.of("young people"));
    Constituency academia = Constituency.of("academia", LocalizedText.of("Academia"),
        LocalizedText.of("academics"));
    List<Constituency> all = new ArrayList<>(List.of(youth, Constituency.CIVIL_SOCIETY, academia,
        Constituency.STATE_PARTY, Constituency.OBSERVER_STATE));

    all.sort(Constituency.standardOrder());

    assertThat(all).containsExactly(Constituency.STATE_PARTY, Constituency.OBSERVER_STATE,
        Constituency.CIVIL_SOCIETY, academia, youth);
    assertThat(Constituency.standardOrder().compare(Constituency.STATE_PARTY, Constituency.STATE_PARTY)).isZero();
  }

  @Test
  void aConstituencyOfOnesOwnKeepsItsWords() {
    Constituency youth = Constituency.of("youth", LocalizedText.of("Youth", "Jeunesse"),
        LocalizedText.of("young people", "les jeunes"));

    assertThat(youth.id()).isEqualTo("youth");
    assertThat(youth.plural().in(java.util.Locale.FRENCH)).isEqualTo("les jeunes");
    assertThat(Constituency.standardValues()).doesNotContain(youth).contains(Constituency.CIVIL_SOCIETY);
  }
}
