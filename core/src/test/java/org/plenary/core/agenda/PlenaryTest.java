package org.plenary.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class PlenaryTest {

  private static final Delegation KENYA = Delegation.of("KEN", "Kenya", Constituency.STATE_PARTY);

  private static Plenary.Builder minimal() {
    return Plenary.builder()
        .title(LocalizedText.of("Plenary", "Séance plénière"))
        .session(LocalizedText.of("Session", "Session"))
        .date(LocalDate.of(2019, 12, 5)).start(LocalTime.of(10, 0))
        .venue(Venue.of(LocalizedText.of("The Hague", "La Haye"), ZoneId.of("Europe/Amsterdam")))
        .budget(Duration.ofHours(2));
  }

  private static Segment floor() {
    return Segment.builder().id("floor").title(LocalizedText.of("Floor", "Débat")).takesRequests(true)
        .build();
  }

  @Test
  void buildsAPlenaryAndComputesItsHardEnd() {
    Plenary p = minimal().addSegments(floor()).build();
    assertThat(p.hardEnd()).isEqualTo(p.startInstant().plus(Duration.ofHours(2)));
    assertThat(p.startInstant()).hasToString("2019-12-05T09:00:00Z");
    assertThat(p.workingLanguages()).containsExactly(Locale.ENGLISH, Locale.FRENCH);
    assertThat(p).hasToString(
        "Plenary \"Plenary\", 2019-12-05 10:00 Europe/Amsterdam, 2 h, segments [floor]");
  }

  @Test
  void theListFeedsTheOnlySegmentThatTakesRequestsOrTheOneNamed() {
    Segment opening = Segment.builder().id("opening").title(LocalizedText.of("Opening")).build();
    Segment high = Segment.builder().id("high-level").title(LocalizedText.of("High-level")).takesRequests(true)
        .build();
    assertThat(minimal().addSegments(opening, floor()).build().defaultListSegment()).contains(floor());
    assertThat(minimal().addSegments(opening).build().defaultListSegment()).isEmpty();
    Plenary two = minimal().addSegments(high, floor()).build();
    assertThat(two.listSegment()).isEmpty();
    assertThat(two.defaultListSegment()).isEmpty();
    Plenary named = minimal().addSegments(high, floor()).listSegment("floor").build();
    assertThat(named.listSegment()).contains("floor");
    assertThat(named.defaultListSegment()).contains(floor());
    assertThat(minimal().addSegments(high, floor()).listSegment("high-level").build().defaultListSegment())
        .contains(high);
  }

  @Test
  void refusesAListSegmentThatIsNoneOfThoseTakingRequests() {
    Segment opening = Segment.builder().id("opening").title(LocalizedText.of("Opening")).build();
    assertThatThrownBy(() -> minimal().addSegments(opening, floor()).listSegment("opening").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listSegment 'opening' must name a segment that takes requests: [floor]");
    assertThatThrownBy(() -> minimal().addSegments(floor()).listSegment("bar").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("listSegment 'bar' must name a segment that takes requests: [floor]");
  }

  @Test
  void refusesADuplicateSegmentId() {
    assertThatThrownBy(() -> minimal().addSegments(floor(), floor()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment id 'floor' is used twice");
  }

  @Test
  void refusesADuplicateInterventionIdAcrossSegments() {
    Intervention a = Intervention.of("x", Speaker.of(KENYA), Duration.ofMinutes(3));
    Segment s1 = Segment.builder().id("s1").title(LocalizedText.of("One")).addInterventions(a).build();
    Segment s2 = Segment.builder().id("s2").title(LocalizedText.of("Two")).addInterventions(a).build();
    assertThatThrownBy(() -> minimal().addSegments(s1, s2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("intervention id 'x' is used twice");
  }

  @Test
  void refusesANonPositiveDurationNamingTheValue() {
    assertThatThrownBy(() -> Intervention.of("x", Speaker.of(KENYA), Duration.ofMinutes(-3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration of intervention 'x' (PT-3M) must be positive");
    assertThatThrownBy(() -> Intervention.of("x", Speaker.of(KENYA), Duration.ZERO))
        .hasMessage("duration of intervention 'x' (PT0S) must be positive");
  }

  @Test
  void refusesAnAbsurdDuration() {
    assertThatThrownBy(() -> Intervention.of("x", Speaker.of(KENYA), Duration.ofDays(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration of intervention 'x' (PT72H) must be at most PT24H");
    assertThatThrownBy(() -> RequestToSpeak.builder().from(Sample.requests(1, 1).get(0)).duration(Duration.ofHours(25)).build())
        .hasMessage("duration of request 'r0' (PT25H) must be at most PT24H");
  }

  @Test
  void refusesAVenueWithoutAZone() {
    assertThatThrownBy(() -> Venue.of(LocalizedText.of("The Hague"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("zone");
  }

  @Test
  void refusesABudgetOfMoreThan24Hours() {
    assertThatThrownBy(() -> minimal().budget(Duration.ofHours(25)).addSegments(floor()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget (PT25H) must be at most PT24H");
    assertThatThrownBy(() -> minimal().budget(Duration.ZERO).addSegments(floor()).build())
        .hasMessage("budget (PT0S) must be positive");
  }

  @Test
  void refusesAPlenaryWithoutSegments() {
    assertThatThrownBy(() -> minimal().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segments ([]) must hold at least one segment");
  }

  @Test
  void refusesMissingAttributesNamingThem() {
    assertThatThrownBy(() -> Plenary.builder().addSegments(floor()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title").hasMessageContaining("budget").hasMessageContaining("venue");
  }

  @Test
  void refusesNullNamingTheField() {
    assertThatThrownBy(() -> minimal().title(null))
        .isInstanceOf(NullPointerException.class).hasMessage("title");
  }

  @Test
  void refusesBlankNamesAndBadIds() {
    assertThatThrownBy(() -> Speaker.builder().name("  ").delegation(KENYA).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("speaker name ('  ') must not be blank");
    assertThatThrownBy(() -> Delegation.of(" ", "Nowhere", Constituency.STATE_PARTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("delegation id ' ' must be 1 to 64 letters");
    assertThatThrownBy(() -> Delegation.of("NER", "  ", Constituency.STATE_PARTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name of delegation 'NER' ('  ') must not be blank");
    assertThatThrownBy(() -> Delegation.of("NER", (String) null, Constituency.STATE_PARTY))
        .isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> Constituency.of("Civil Society", LocalizedText.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("constituency id 'Civil Society' must be lower-case");
  }

  @Test
  void constituenciesAreAnOpenSetEqualById() {
    Constituency funder = Constituency.of("funder", LocalizedText.of("Funder", "Bailleur de fonds"));
    assertThat(funder.label().in(Locale.FRENCH)).isEqualTo("Bailleur de fonds");
    assertThat(Constituency.standardValues()).contains(Constituency.CIVIL_SOCIETY).doesNotContain(funder);
    assertThat(Constituency.of("state-party", LocalizedText.of("Party"))).isEqualTo(Constituency.STATE_PARTY);
    assertThat(Constituency.STATE_PARTY.label().in(Locale.FRENCH)).isEqualTo("État Partie");
    assertThat(Constituency.standardValues()).hasSize(6);
  }

  @Test
  void ranksAreInOrderOfPrecedenceWithLabels() {
    assertThat(ProtocolRank.values()).containsExactly(ProtocolRank.HEAD_OF_STATE, ProtocolRank.HEAD_OF_GOVERNMENT,
        ProtocolRank.VICE_PRESIDENT, ProtocolRank.MINISTER, ProtocolRank.VICE_MINISTER, ProtocolRank.AMBASSADOR,
        ProtocolRank.OTHER);
    assertThat(ProtocolRank.HEAD_OF_STATE.label().in(Locale.FRENCH)).isEqualTo("Chef d'État");
    assertThat(ProtocolRank.VICE_PRESIDENT.label().english()).isEqualTo("Vice-President");
  }

  @Test
  void toStringsAreShortForJShell() {
    Speaker s = Speaker.builder().name("A. Minister").rank(ProtocolRank.MINISTER).delegation(KENYA).build();
    assertThat(s).hasToString("A. Minister, Kenya (Minister)");
    assertThat(KENYA).hasToString("Kenya (state-party)");
    assertThat(Intervention.of("k1", s, Duration.ofMinutes(3)))
        .hasToString("k1: A. Minister, Kenya (Minister), 3 min");
    RequestToSpeak r = Sample.requests(1, 1).get(0);
    assertThat(r.toString()).startsWith("r0: Delegation ").contains(" -> floor, ");
  }

  @Test
  void findsSegmentsOrNamesTheMissingOne() {
    Plenary p = Sample.plenary();
    assertThat(p.segment("floor")).isPresent();
    assertThatThrownBy(() -> p.requiredSegment("flor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment 'flor' does not exist; the segments are [opening, briefing, floor]");
  }
}
