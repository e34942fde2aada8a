package org.plenary.rules.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Slot;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.testing.Trial;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.deadline.LatePolicy;
import org.plenary.rules.deadline.RegistrationDeadline;

class PrecedenceTest {

  private static final Instant T0 = Instant.parse("2021-02-20T09:00:00Z");

  private static RequestToSpeak request(String id, Constituency c, ProtocolRank rank, int minute) {
    return RequestToSpeak.builder().id(id)
        .speaker(Speaker.builder().delegation(Sample.delegation(id.toUpperCase(), c)).rank(rank).build())
        .received(T0.plusSeconds(60L * minute)).duration(Duration.ofMinutes(3)).segment("floor").build();
  }

  private static List<String> floor(Plan plan) {
    return plan.slots("floor").stream().map(Slot::id).collect(Collectors.toList());
  }

  @Test
  void statesPartiesFirstThenByRankThenByReceipt() {
    List<RequestToSpeak> rs = List.of(
        request("ngo", Constituency.CIVIL_SOCIETY, ProtocolRank.OTHER, 1),
        request("obs", Constituency.OBSERVER_STATE, ProtocolRank.MINISTER, 2),
        request("amb", Constituency.STATE_PARTY, ProtocolRank.AMBASSADOR, 3),
        request("min", Constituency.STATE_PARTY, ProtocolRank.MINISTER, 4),
        request("io", Constituency.INTERNATIONAL_ORGANISATION, ProtocolRank.OTHER, 0),
        request("hos", Constituency.STATE_PARTY, ProtocolRank.HEAD_OF_STATE, 9),
        request("amb2", Constituency.STATE_PARTY, ProtocolRank.AMBASSADOR, 2));
    Plan plan = Planner.of(RuleSet.of(Precedence.standard())).plan(Sample.plenary(), rs);
    assertThat(floor(plan)).containsExactly("hos", "min", "amb2", "amb", "obs", "io", "ngo");
    assertThat(plan.findings()).singleElement().satisfies(f -> assertThat(f.message().english())
        .isEqualTo("7 speakers from the list checked: all in order."));
  }

  /**
   * An order of some speakers places them and not the others: heads of State first places the head
   * of State, and an ambassador, or a delegation with no head of State, is placed by precedence alone.
   */
  @Test
  void anOrderPlacesOnlyTheSpeakersItSelects() {
    Rule headsFirst = Rule.of("order.heads-of-state-first", LocalizedText.of("heads of State first"),
        LocalizedText.of("protocol"), d -> d.order(Selector.listSegments().and(
            Selector.ranks(ProtocolRank.HEAD_OF_STATE)), Place.before(Precedence.BY_CONSTITUENCY), r -> 0));
    List<RequestToSpeak> rs = List.of(
        request("amb", Constituency.STATE_PARTY, ProtocolRank.AMBASSADOR, 1),
        request("obs", Constituency.OBSERVER_STATE, ProtocolRank.MINISTER, 2),
        request("hos", Constituency.STATE_PARTY, ProtocolRank.HEAD_OF_STATE, 3));
    Plan plan = Planner.of(RuleSet.of(Precedence.standard(), headsFirst)).plan(Sample.plenary(), rs);

    assertThat(floor(plan)).containsExactly("hos", "amb", "obs");
    assertThat(Trial.decisions(plan, "HOS")).extracting(Decision::ruleId)
        .containsExactly("order.heads-of-state-first", Precedence.ID);
    assertThat(Trial.decisions(plan, "AMB")).extracting(Decision::ruleId).containsExactly(Precedence.ID);
    assertThat(Trial.decisions(plan, "OBS")).extracting(Decision::ruleId).containsExactly(Precedence.ID);
    assertThat(plan.explain("amb", Locale.ENGLISH)).contains("Placed by the order of precedence.")
        .doesNotContain("heads of State first");
  }

  /** The orders of precedence stand at named places, one after the other, for other rules to stand beside. */
  @Test
  void aRuleOfOnesOwnOrdersWithinEachTierByStandingAfterTheOrderByConstituency() {
    Rule ministersFirst = Rule.of("order.ministers-first", LocalizedText.of("ministers first"),
        LocalizedText.of("protocol"), d -> d.order(Selector.listSegments(), Place.after(Precedence.BY_CONSTITUENCY),
            r -> r.speaker().rank() == ProtocolRank.MINISTER ? 0 : 1));
    List<RequestToSpeak> rs = List.of(
        request("hos", Constituency.STATE_PARTY, ProtocolRank.HEAD_OF_STATE, 1),
        request("obs", Constituency.OBSERVER_STATE, ProtocolRank.MINISTER, 2),
        request("min", Constituency.STATE_PARTY, ProtocolRank.MINISTER, 3));
    Plan plan = Planner.of(RuleSet.of(Precedence.standard(), ministersFirst)).plan(Sample.plenary(), rs);

    assertThat(floor(plan)).as("States Parties first, a minister first among them").containsExactly("min", "hos", "obs");
    assertThat(plan.findings()).noneMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void tiesKeepTheOrderOfTheList() {
    List<RequestToSpeak> rs = List.of(
        request("b", Constituency.STATE_PARTY, ProtocolRank.OTHER, 5),
        request("a", Constituency.STATE_PARTY, ProtocolRank.OTHER, 5),
        request("c", Constituency.STATE_PARTY, ProtocolRank.OTHER, 5));
    Plan plan = Planner.of(RuleSet.of(Precedence.standard())).plan(Sample.plenary(), rs);
    assertThat(floor(plan)).containsExactly("b", "a", "c");
  }

  @Test
  void withoutRankOnlyConstituencyAndReceiptCount() {
    List<RequestToSpeak> rs = List.of(
        request("late-hos", Constituency.STATE_PARTY, ProtocolRank.HEAD_OF_STATE, 9),
        request("early", Constituency.STATE_PARTY, ProtocolRank.OTHER, 1));
    Plan plan = Planner.of(RuleSet.of(Precedence.standard().byRank(false))).plan(Sample.plenary(), rs);
    assertThat(floor(plan)).containsExactly("early", "late-hos");
  }

  @Test
  void aCustomOrderPutsUnnamedConstituenciesLast() {
    List<RequestToSpeak> rs = List.of(
        request("sp", Constituency.STATE_PARTY, ProtocolRank.OTHER, 1),
        request("ngo", Constituency.CIVIL_SOCIETY, ProtocolRank.OTHER, 2),
        request("io", Constituency.INTERNATIONAL_ORGANISATION, ProtocolRank.OTHER, 3));
    Plan plan = Planner.of(RuleSet.of(Precedence.of(List.of(Constituency.CIVIL_SOCIETY))))
        .plan(Sample.plenary(), rs);
    assertThat(floor(plan)).containsExactly("ngo", "sp", "io");
  }

  @Test
  void reportsASpeakerOutOfOrderInAHandEditedPlan() {
    List<RequestToSpeak> rs = List.of(
        request("sp", Constituency.STATE_PARTY, ProtocolRank.OTHER, 1),
        request("ngo", Constituency.CIVIL_SOCIETY, ProtocolRank.OTHER, 2));
    RuleSet rules = RuleSet.of(Precedence.standard());
    Plan plan = Planner.of(rules).check(Planner.of(RuleSet.of()).plan(Sample.plenary(), List.of(rs.get(1), rs.get(0))));
    assertThat(plan.errors()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo("sp");
      assertThat(f.message().english()).isEqualTo("Delegation SP speaks after Delegation NGO in “Floor”, "
          + "against the order of precedence (one speaker out of place).");
      assertThat(f.message().in(java.util.Locale.FRENCH)).isEqualTo("Delegation SP intervient après "
          + "Delegation NGO dans « Débat », contrairement à l'ordre de préséance (un orateur mal placé).");
    });
  }

  @Test
  void saysSoWhenNoRequestIsPlanned() {
    Plan plan = Planner.of(RuleSet.of(Precedence.standard())).plan(Sample.plenary(), List.of());
    assertThat(plan.findings()).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
        .satisfies(f -> assertThat(f.message().english()).startsWith("Nothing to check"));
  }

  /**
   * The packed sort and the comparator fall-back give the reference order, for narrow and wide receipt
   * times, with or without requests admitted late (placed after those on time).
   */
  @Property(tries = 200)
  void ordersAsTheReferenceComparator(@ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll long seed, @ForAll boolean wide, @ForAll boolean admitLate) {
    Instant cutOff = Sample.DEADLINE.atStartOfDay(Sample.ZONE).toInstant();
    List<RequestToSpeak> rs = new ArrayList<>();
    java.util.Random random = new java.util.Random(seed);
    List<Constituency> cs = List.of(Constituency.STATE_PARTY, Constituency.OBSERVER_STATE,
        Constituency.CIVIL_SOCIETY, Constituency.INTERNATIONAL_ORGANISATION, Constituency.COURT);
    for (int i = 0; i < n; i++) {
      long at = wide ? random.nextLong() % 4_000_000_000_000_000L : cutOff.toEpochMilli() - 25 + random.nextInt(50);
      rs.add(RequestToSpeak.builder().from(request("r" + i, cs.get(random.nextInt(cs.size())),
          ProtocolRank.values()[random.nextInt(7)], 0)).received(Instant.ofEpochMilli(at)).build());
    }
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(rs.get(i).id(), i);
    }
    List<Constituency> order = Precedence.DEFAULT_ORDER;
    List<String> expected = rs.stream().sorted(Comparator
            .<RequestToSpeak, Boolean>comparing(r -> admitLate && !r.received().isBefore(cutOff))
            .thenComparingInt(r -> order.contains(r.constituency())
                ? order.indexOf(r.constituency()) : order.size())
            .thenComparing(r -> r.speaker().rank())
            .thenComparing(RequestToSpeak::received)
            .thenComparing(r -> index.get(r.id())))
        .map(RequestToSpeak::id).collect(Collectors.toList());
    RuleSet rules = admitLate
        ? RuleSet.of(RegistrationDeadline.standard().late(LatePolicy.ADMIT_AFTER), Precedence.standard())
        : RuleSet.of(Precedence.standard());
    Plan plan = Planner.of(rules).plan(Sample.plenary(), rs);
    assertThat(floor(plan)).isEqualTo(expected);
    assertThat(plan.errors()).isEmpty();
  }
}
