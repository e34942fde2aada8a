package org.plenary.export.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.export.release.ReleaseReading.of;
import static org.plenary.export.release.ReleaseReading.speakers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Series;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Decision;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release.Placement;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Selector;
import org.plenary.core.testing.Sample;
import org.plenary.core.text.LocalizedText;

class ChangesTest {

  private static final Instant FIRST = Instant.parse("2021-02-20T09:00:00Z");
  private static final Instant SECOND = Instant.parse("2021-02-25T09:00:00Z");

  private static Rule rule(String id, java.util.function.Consumer<Declarations> declare) {
    return Rule.of(id, LocalizedText.of("rule " + id, "règle " + id), LocalizedText.of("test"), declare);
  }

  private static RuleSet rules(Fit fit) {
    return RuleSet.of(List.of(
        rule("order.receipt", d -> d.order(Selector.listSegments(), Place.named("order.receipt"),
            r -> r.received().toEpochMilli())),
        rule("budget", d -> d.capacity(Selector.everywhere(), d.plenary().budget(), fit))));
  }

  private static final RuleSet WAIT = rules(Fit.waitList());

  /** A statement of five minutes by delegation {@code id}, received {@code minute} minutes into 20 February. */
  private static RequestToSpeak statement(String id, int minute) {
    return RequestToSpeak.builder().id(id)
        .speaker(Speaker.of(Sample.delegation(id.toUpperCase(Locale.ROOT), Constituency.STATE_PARTY)))
        .received(Instant.parse("2021-02-20T00:00:00Z").plusSeconds(60L * minute))
        .duration(Duration.ofMinutes(5)).segment("floor").build();
  }

  private static List<RequestToSpeak> statements(int n) {
    List<RequestToSpeak> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(statement("s" + i, 10 + i));
    }
    return out;
  }

  private static List<RequestToSpeak> without(List<RequestToSpeak> all, String id) {
    return all.stream().filter(r -> !r.id().equals(id)).toList();
  }

  private static List<RequestToSpeak> with(List<RequestToSpeak> all, RequestToSpeak more) {
    List<RequestToSpeak> out = new ArrayList<>(all);
    out.add(more);
    return out;
  }

  /** The changes from planning {@code before} to planning {@code after}, in the sample's 90 minutes. */
  private static Changes changes(RuleSet rules, List<RequestToSpeak> before, List<RequestToSpeak> after) {
    Planner p = Planner.of(rules);
    return Changes.between(Release.of(1, FIRST, p.plan(Sample.plenary(), before)),
        Release.of(2, SECOND, p.plan(Sample.plenary(), after)));
  }

  @Test
  void aRequestReceivedSinceIsAddedAndThoseAfterItMove() {
    List<RequestToSpeak> list = statements(3);
    Changes c = changes(WAIT, list, with(list, statement("e0", 0)));

    assertThat(of(c, Change.Kind.ADDED)).extracting(Change::id).containsExactly("e0");
    Change added = c.changes().get(0);
    assertThat(added.before()).isEmpty();
    assertThat(added.after().orElseThrow().place()).isEqualTo(1);
    assertThat(added.after().orElseThrow().start().orElseThrow().toLocalTime()).hasToString("15:30");
    assertThat(of(c, Change.Kind.MOVED)).extracting(Change::id).containsExactly("s0", "s1", "s2");
    Change s0 = of(c, Change.Kind.MOVED).get(0);
    assertThat(s0.before().orElseThrow().place()).isEqualTo(1);
    assertThat(s0.after().orElseThrow().place()).isEqualTo(2);
    assertThat(s0.after().orElseThrow().start().orElseThrow().toLocalTime()).hasToString("15:35");
    assertThat(s0.kinds()).containsExactly(Change.Kind.MOVED);
    assertThat(s0.decision()).isEmpty();
    assertThat(c.from()).isEqualTo(1);
    assertThat(c.to()).isEqualTo(2);
    assertThat(c.fromPublished()).isEqualTo(FIRST);
    assertThat(c.toPublished()).isEqualTo(SECOND);
    assertThat(c).hasToString("Changes from release 1 to 2: 1 added, 3 moved");
  }

  @Test
  void aSpeakerOnNoListAnyMoreIsReportedWithdrawnAfterTheOthers() {
    List<RequestToSpeak> list = statements(3);
    Changes c = changes(WAIT, list, without(list, "s0"));

    assertThat(c.changes()).extracting(Change::id).containsExactly("s1", "s2", "s0");
    Change gone = c.changes().get(2);
    assertThat(gone.kinds()).containsExactly(Change.Kind.WITHDRAWN);
    assertThat(gone.after()).isEmpty();
    assertThat(gone.speaker().english()).isEqualTo("Delegation S0");
    assertThat(gone.decision()).isEmpty();
    assertThat(gone).hasToString("s0 Delegation S0 [withdrawn]: meeting 1 floor #1 2021-03-03T15:30 PT5M -> -");
  }

  @Test
  void aSpeakerPushedOffTheListGoesToTheWaitingListWithTheRuleThatDidIt() {
    List<RequestToSpeak> list = statements(12);
    Changes c = changes(WAIT, list, with(list, statement("e0", 0)));

    Change s11 = of(c, Change.Kind.TO_WAITING_LIST).get(0);
    assertThat(s11.id()).isEqualTo("s11");
    assertThat(s11.kinds()).containsExactly(Change.Kind.TO_WAITING_LIST);
    assertThat(s11.after().orElseThrow().standing()).isEqualTo(Placement.Standing.WAITING);
    assertThat(s11.after().orElseThrow().place()).isEqualTo(1);
    assertThat(s11.after().orElseThrow().start()).isEmpty();
    assertThat(s11.decision().orElseThrow().ruleId()).isEqualTo("budget");
    assertThat(s11.decision().orElseThrow().kind()).isEqualTo(Decision.Kind.WAIT_LISTED);

    Changes back = changes(WAIT, with(list, statement("e0", 0)), list);
    assertThat(of(back, Change.Kind.FROM_WAITING_LIST)).extracting(Change::id).containsExactly("s11");
    assertThat(of(back, Change.Kind.WITHDRAWN)).extracting(Change::id).containsExactly("e0");
  }

  @Test
  void aShorterSpeakingTimeIsAChangeOfTimeWithTheRuleThatShortenedIt() {
    RuleSet shorten = rules(Fit.shortenThenWaitList(Duration.ofMinutes(4)));
    List<RequestToSpeak> list = statements(12);
    Changes c = changes(shorten, list, with(list, statement("s12", 30)));

    Change s0 = c.changes().get(0);
    assertThat(s0.id()).isEqualTo("s0");
    assertThat(s0.kinds()).containsExactly(Change.Kind.TIME_CHANGED);
    assertThat(s0.before().orElseThrow().allotted()).contains(Duration.ofMinutes(5));
    assertThat(s0.after().orElseThrow().allotted().orElseThrow()).isLessThan(Duration.ofMinutes(5));
    assertThat(s0.decision().orElseThrow().kind()).isEqualTo(Decision.Kind.SHORTENED);
    assertThat(s0.decision().orElseThrow().ruleId()).isEqualTo("budget");
    assertThat(c.changes().get(1).kinds()).containsExactly(Change.Kind.MOVED, Change.Kind.TIME_CHANGED);
  }

  @Test
  void aSpeakerCarriedToAnotherMeetingMovesBecauseOfTheCarryOver() {
    Series two = Series.of(List.of(Sample.plenary(), Sample.plenary(Sample.DEADLINE.plusDays(3),
        java.time.LocalTime.of(10, 0), Duration.ofMinutes(90))));
    List<RequestToSpeak> list = statements(12);
    Planner p = Planner.of(WAIT);
    Release first = Release.of(1, FIRST, p.plan(two, list));
    Release second = Release.of(2, SECOND, p.plan(two, with(list, statement("e0", 0))));
    Changes c = Changes.between(first, second);

    Change s11 = c.changes().stream().filter(x -> x.id().equals("s11")).findFirst().orElseThrow();
    assertThat(s11.kinds()).containsExactly(Change.Kind.MOVED);
    assertThat(s11.before().orElseThrow().meeting()).isZero();
    assertThat(s11.after().orElseThrow().meeting()).isEqualTo(1);
    assertThat(s11.decision().orElseThrow().kind()).isEqualTo(Decision.Kind.CARRIED_OVER);
    assertThat(s11.decision().orElseThrow().message().in(Locale.ENGLISH))
        .startsWith("Carried over to the morning meeting on Thursday, 4 March 2021");
    assertThat(second.placement("s11").orElseThrow().decisions()).extracting(Decision::kind)
        .startsWith(Decision.Kind.CARRIED_OVER);
    assertThat(speakers(second)).hasSize(13).startsWith("e0", "s0");
    assertThat(c.concerning(1).changes()).extracting(Change::id).containsExactly("s11");
    assertThat(c.concerning(0).changes()).extracting(Change::id).contains("e0", "s0", "s11");
    assertThat(c.concerning(0).from()).isEqualTo(1);
    Change back = Changes.between(Release.of(1, FIRST, second.plan()), Release.of(2, SECOND, first.plan()))
        .changes().stream().filter(x -> x.id().equals("s11")).findFirst().orElseThrow();
    assertThat(back.after().orElseThrow().meeting()).isZero();
    assertThat(back.decision()).as("moving to an earlier meeting is no carry-over").isEmpty();
    assertThat(second.placement("nobody")).isEmpty();
  }

  @Test
  void refusesChangesThatRunBackwardsOrDoNotFollowAndAChangeThatChangesNothing() {
    Release one = Release.of(1, FIRST, Planner.of(WAIT).plan(Sample.plenary(), statements(2)));
    Release two = Release.of(2, SECOND, Planner.of(WAIT).plan(Sample.plenary(), statements(3)));
    assertThatThrownBy(() -> Changes.between(two, one)).hasMessage("release 2 is not earlier than release 1;"
        + " changes run from an earlier release to a later one");
    assertThatThrownBy(() -> Changes.between(one, two).then(Changes.between(one, two)))
        .hasMessage("changes to release 2 cannot be followed by changes from release 1");
    assertThatThrownBy(() -> Release.of(0, FIRST, one.plan())).hasMessage("release number (0) must be 1 or more");
    Placement at = one.placement("s0").orElseThrow();
    assertThatThrownBy(() -> new Change("s0", LocalizedText.of("S0"), Optional.of(at), Optional.of(at)))
        .hasMessage("speaker 's0' stands where they stood (meeting 1 floor #1 2021-03-03T15:30 PT5M): no change");
    Change added = Changes.between(one, two).changes().get(0);
    assertThatThrownBy(() -> Changes.of(1, FIRST, 2, SECOND, List.of(added, added)))
        .hasMessage("speaker 's2' is named twice in the changes from release 1 to 2");
    assertThatThrownBy(() -> Changes.of(2, FIRST, 2, SECOND, List.of()))
        .hasMessage("changes run from an earlier release to a later one, not from 2 to 2");
    assertThat(Changes.between(one, Release.of(3, SECOND, one.plan())).changes().isEmpty()).isTrue();
    assertThatThrownBy(() -> new Placement(0, "floor", Placement.Standing.WAITING, 1,
        at.start(), Optional.empty(), List.of(), 0)).hasMessageContaining("only when speaking");
  }
}
