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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.plenary.fixtures.Plenaries;
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

  /** A drawn plenary and list, its receipts kept (narrow, around the cut-off) or redrawn over all of time. */
  @Provide
  Arbitrary<Plenaries.Listed> receipts() {
    Arbitrary<Long> anyTime = Arbitraries.longs().between(-4_000_000_000_000_000L, 4_000_000_000_000_000L);
    return Combinators.combine(Plenaries.listed(200), Arbitraries.of(false, true)).flatAs((l, wide) -> !wide
        ? Arbitraries.just(l)
        : anyTime.list().ofSize(l.requests().size()).map(at -> {
          List<RequestToSpeak> rs = new ArrayList<>();
          for (int i = 0; i < at.size(); i++) {
            rs.add(RequestToSpeak.builder().from(l.requests().get(i)).received(Instant.ofEpochMilli(at.get(i))).build());
          }
          return new Plenaries.Listed(l.plenary(), rs);
        }));
  }

  /**
   * The packed sort and the comparator fall-back give the reference order in every segment, for
   * narrow and wide receipt times, with or without requests admitted late (placed after those on time).
   */
  @Property
  void ordersAsTheReferenceComparator(@ForAll("receipts") Plenaries.Listed listed, @ForAll boolean admitLate) {
    Instant cutOff = Plenaries.cutOff(listed.plenary());
    List<RequestToSpeak> rs = listed.requests();
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < rs.size(); i++) {
      index.put(rs.get(i).id(), i);
    }
    List<Constituency> order = Precedence.DEFAULT_ORDER;
    Comparator<RequestToSpeak> reference = Comparator
        .<RequestToSpeak, Boolean>comparing(r -> admitLate && !r.received().isBefore(cutOff))
        .thenComparingInt(r -> order.contains(r.constituency()) ? order.indexOf(r.constituency()) : order.size())
        .thenComparing(r -> r.speaker().rank())
        .thenComparing(RequestToSpeak::received)
        .thenComparing(r -> index.get(r.id()));
    RuleSet rules = admitLate
        ? RuleSet.of(RegistrationDeadline.standard().late(LatePolicy.ADMIT_AFTER), Precedence.standard())
        : RuleSet.of(Precedence.standard());
    Plan plan = Planner.of(rules).plan(listed.plenary(), rs);
    for (String segment : listed.listSegments()) {
      List<String> expected = rs.stream().filter(r -> r.segment().equals(segment)).sorted(reference)
          .map(RequestToSpeak::id).collect(Collectors.toList());
      assertThat(plan.slots(segment).stream().filter(x -> x.request().isPresent()).map(Slot::id).toList())
          .as("the list of %s", segment).isEqualTo(expected);
    }
    assertThat(plan.errors()).isEmpty();
  }
}
