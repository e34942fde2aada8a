package org.plenary.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.internal.IdTable;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a plenary and its list of speakers under a {@link RuleSet}.
 *
 * <p>The steps run in this order: {@link Step#ADMIT admit} (deadlines), {@link Step#ORDER order}
 * (precedence), {@link Step#ALLOT allot} (time limits), {@link Step#FIT fit} (budget). Then every rule
 * checks the result. Planning is pure and deterministic: the same inputs give an equal plan. Immutable
 * and thread-safe when its rules are.
 *
 * <pre>{@code
 * Plan plan = Planner.of(rules).plan(plenary, requests);
 * plan.timetable().end();
 * }</pre>
 */
public final class Planner {

  private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

  private final RuleSet rules;
  private final Optional<Clock> clock;

  private Planner(RuleSet rules, Optional<Clock> clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /** A planner that shapes and checks plans with {@code rules}; its plans carry no time stamp. */
  public static Planner of(RuleSet rules) {
    return new Planner(requireNonNull(rules, "rules"), Optional.empty());
  }

  /** This planner, stamping each plan with the instant {@code clock} gives when it is made. */
  public Planner withClock(Clock clock) {
    return new Planner(rules, Optional.of(requireNonNull(clock, "clock")));
  }

  /** The rules it plans with. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Plans {@code plenary} with {@code requests}: every request ends either in the plan or on the
   * waiting list.
   *
   * @throws IllegalArgumentException if a request's id is used twice or by the programme, or it asks
   *     for a segment that does not exist or does not take requests; nothing is planned then
   */
  public Plan plan(Plenary plenary, Collection<RequestToSpeak> requests) {
    requireNonNull(plenary, "plenary");
    requireNonNull(requests, "requests");
    Draft draft = new Draft(plenary);
    IdTable<Void> ids = new IdTable<>(requests.size() + 16);
    int index = 0;
    int position = 0;
    for (Segment s : plenary.segments()) {
      for (Intervention i : s.interventions()) {
        ids.add(i.id());
        draft.add(Candidate.programme(s.id(), position, i, index++));
      }
      position++;
    }
    int[] positions = new int[requests.size()];
    int[] perSegment = new int[position];
    index = 0;
    for (RequestToSpeak r : requests) {
      requireNonNull(r, "request");
      checkArgument(ids.add(r.id()), "request id '%s' is used twice, or by the programme", r.id());
      int at = draft.position(r.segment());
      Segment segment = at < 0 ? plenary.requiredSegment(r.segment()) : plenary.segments().get(at);
      checkArgument(segment.takesRequests(),
          "request '%s' asks for segment '%s', which does not take requests", r.id(), r.segment());
      perSegment[at]++;
      positions[index++] = at;
    }
    draft.expect(perSegment);
    index = 0;
    for (RequestToSpeak r : requests) {
      draft.add(Candidate.request(positions[index], r, index));
      index++;
    }
    for (Step step : Step.values()) {
      for (Rule rule : rules.shaping(step)) {
        LOG.debug("{}: {} shapes {}", step, rule.id(), draft);
        rule.shape(draft);
      }
    }
    ImmutableList.Builder<Slot> slots = ImmutableList.builder();
    for (Candidate c : draft.candidates()) {
      slots.add(c.toSlot());
    }
    // Ids were checked unique above and the draft keeps segments in order: no need to check again.
    ImmutableList<Slot> slotList = slots.build();
    ImmutableList<WaitingEntry> waiting = ImmutableList.copyOf(draft.waitingList());
    Plan checked = Plan.trusted(plenary, slotList, waiting, clock.map(Clock::instant)).checkedBy(rules);
    LOG.debug("planned {}", checked);
    return checked;
  }

  @Override
  public String toString() {
    return "Planner" + rules.ids();
  }
}
