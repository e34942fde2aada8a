package org.plenary.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.Checks;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.text.LocalizedText;

/**
 * The result of planning a plenary under a rule set: the admitted interventions in order with their
 * allotted time, the waiting list with the reason for each entry, the findings, and the rules it was
 * planned under.
 *
 * <p>Slots run segment after segment in the plenary's order; no id appears twice. A plan lays its
 * slots out as its {@link Timetable} does, so that each knows its {@linkplain Slot#start() start}.
 * Each slot and waiting entry carries the decisions that put it there, and {@link #explain} says them.
 * A plan is a value: {@code Plan.builder().from(plan)...build()} returns new plans. Immutable and
 * thread-safe.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Plan {

  Plan() {}

  /** The plenary planned. */
  @Value.Parameter
  public abstract Plenary plenary();

  /** The admitted interventions, in order. */
  @Value.Parameter
  public abstract List<Slot> slots();

  /** Those not admitted, each with its reason. */
  @Value.Parameter
  public abstract List<WaitingEntry> waitingList();

  /** What the rules found: errors first, then warnings and notes, each in plan order. */
  @Value.Parameter
  public abstract List<Finding> findings();

  /** The rules the plan was planned under, by id. */
  @Value.Parameter
  public abstract List<RuleSummary> rules();

  /**
   * When the plan was made, from the planner's clock; exports use it as their time stamp. Empty when
   * the planner was given no clock, so that a plan depends on its inputs alone.
   */
  @Value.Parameter
  public abstract Optional<Instant> plannedAt();

  /** The plan's time stamp: when it was made, or else the plenary's planned start. */
  public final Instant stamp() {
    return plannedAt().orElseGet(() -> plenary().startInstant());
  }

  /** A plan of these parts, checked as any plan is: slots in the segments' order, ids unique. */
  public static Plan of(Plenary plenary, List<Slot> slots, List<WaitingEntry> waitingList,
      List<Finding> findings, List<RuleSummary> rules, Optional<Instant> plannedAt) {
    return ImmutablePlan.of(plenary, laidOut(plenary, slots), waitingList, findings, rules, plannedAt);
  }

  /** A builder, for importers and tools that make plans by other means than the planner. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }

  /** The slots of segment {@code segmentId}, in order. */
  public final List<Slot> slots(String segmentId) {
    plenary().requiredSegment(segmentId);
    List<Slot> out = new ArrayList<>();
    for (Slot s : slots()) {
      if (s.segment().equals(segmentId)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The slot with this intervention id, if admitted. */
  public final Optional<Slot> slot(String id) {
    return Optional.ofNullable(slotsById().get(requireNonNull(id, "id")));
  }

  /** The slots by intervention id, computed once, when first asked for. */
  @Value.Lazy
  @Value.Auxiliary
  Map<String, Slot> slotsById() {
    Map<String, Slot> map = new HashMap<>(slots().size() * 2);
    for (Slot s : slots()) {
      map.put(s.id(), s);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The time the plan takes: every allotment and every declared gap. */
  @Value.Lazy
  Duration total() {
    long seconds = 0;
    for (Segment s : plenary().segments()) {
      seconds += s.gapBefore().getSeconds();
    }
    long nanos = 0;
    for (Slot s : slots()) {
      seconds += s.allotted().getSeconds();
      nanos += s.allotted().getNano();
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /** The plan laid on the clock. */
  @Value.Lazy
  public Timetable timetable() {
    return new Timetable(this);
  }

  /** The error findings. */
  public final List<Finding> errors() {
    return findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /**
   * Why intervention {@code id} is where it is, in {@code locale}'s language: its place and time, or
   * its place on the waiting list, then every decision about it.
   *
   * @throws IllegalArgumentException if the plan neither holds nor keeps out {@code id}
   */
  public final String explain(String id, Locale locale) {
    requireNonNull(locale, "locale");
    List<Decision> decisions;
    StringBuilder out = new StringBuilder();
    Optional<Slot> slot = slot(id);
    if (slot.isPresent()) {
      Slot s = slot.get();
      List<Slot> segment = slots(s.segment());
      out.append(Messages.CORE.format(locale, "explain.slot", s.intervention().speaker().delegation().name(),
          segment.indexOf(s) + 1,
          Messages.CORE.text("selector.segment", plenary().requiredSegment(s.segment()).title()),
          org.plenary.core.internal.text.Dates.clock(s.start().orElseThrow()),
          org.plenary.core.internal.text.Dates.clock(s.end().orElseThrow())));
      decisions = s.decisions();
    } else {
      WaitingEntry w = waitingList().stream().filter(x -> x.id().equals(id)).findFirst()
          .orElseThrow(() -> unknown(id));
      out.append(Messages.CORE.format(locale, "explain.waiting", w.speech().speaker().delegation().name(),
          waitingList().indexOf(w) + 1, w.statusLabel(locale)));
      decisions = w.decisions();
    }
    for (Decision d : decisions) {
      out.append(' ').append(d.message().in(locale));
    }
    return out.toString();
  }

  private IllegalArgumentException unknown(String id) {
    return new IllegalArgumentException("intervention '" + id + "' is neither in the plan nor waiting");
  }

  /** The findings as text in {@code locale}'s language, one per line, errors first. */
  public final String report(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder(Messages.CORE.format(locale, "report.title", rules().size()))
        .append('\n');
    long errors = findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    long notes = findings().size() - errors - warnings;
    out.append(Messages.CORE.format(locale, "report.counts", errors, warnings, notes)).append('\n');
    for (Finding f : findings()) {
      out.append("- ").append(f.render(locale, ruleName(f.ruleId()))).append('\n');
    }
    return out.toString();
  }

  /** The name of rule {@code id} as readers know it, if the plan was planned under it. */
  private Optional<LocalizedText> ruleName(String id) {
    for (RuleSummary r : rules()) {
      if (r.id().equals(id)) {
        return Optional.of(r.name());
      }
    }
    return Optional.empty();
  }

  @Value.Check
  Plan check() {
    checkStructure();
    return laidOut();
  }

  /**
   * This plan with each slot given its start, as its timetable lays it out: itself when every slot
   * already has it, which is what a plan made from this one finds unless slots changed.
   */
  private Plan laidOut() {
    List<Slot> placed = laidOut(plenary(), slots());
    return placed == slots() ? this : builder().from(this).slots(placed).build();
  }

  /**
   * {@code slots} each given its start in {@code plenary}, as its timetable lays them out; the same
   * list when every slot already has it. {@link #of} lays out the slots it is given at once, so that
   * the plan is checked once.
   */
  private static List<Slot> laidOut(Plenary plenary, List<Slot> slots) {
    ZoneId zone = plenary.venue().zone();
    List<Slot> placed = null;
    Instant at = plenary.startInstant();
    int next = 0;
    for (Segment segment : plenary.segments()) {
      at = at.plus(segment.gapBefore());
      while (next < slots.size() && slots.get(next).segment().equals(segment.id())) {
        Slot s = slots.get(next);
        if (placed == null && !(s.startsAt().isPresent() && s.startsAt().get().equals(at)
            && s.zone().isPresent() && s.zone().get().equals(zone))) {
          placed = new ArrayList<>(slots.subList(0, next));
        }
        if (placed != null) {
          placed.add(s.placed(at, zone));
        }
        at = at.plus(s.allotted());
        next++;
      }
    }
    if (placed != null) {
      placed.addAll(slots.subList(next, slots.size()));
    }
    return placed == null ? slots : placed;
  }

  private void checkStructure() {
    Map<String, Integer> order = new HashMap<>();
    List<String> segments = plenary().segmentIds();
    for (int i = 0; i < segments.size(); i++) {
      order.put(segments.get(i), i);
    }
    List<Slot> slots = slots();
    List<WaitingEntry> waiting = waitingList();
    int planned = slots.size();
    // The ids are first sorted by hash, which makes no object an id: ids all different need no set;
    // where two are equal, a set of them names the first used twice.
    int size = planned + waiting.size();
    boolean distinct = Checks.distinct(size, i -> i < planned ? slots.get(i).id() : waiting.get(i - planned).id());
    Set<String> ids = distinct ? null : new HashSet<>((int) (size / 0.75f) + 1);
    int last = 0;
    for (Slot s : slots) {
      Integer at = order.get(s.segment());
      checkArgument(at != null, "slot '%s' is in segment '%s', which does not exist; the segments are %s",
          s.id(), s.segment(), segments);
      checkArgument(at >= last, "slot '%s' of segment '%s' comes after segment '%s'; segments run in "
          + "the order %s", s.id(), s.segment(), segments.get(last), segments);
      last = at;
      checkArgument(distinct || ids.add(s.id()), "intervention id '%s' is used twice in the plan", s.id());
    }
    for (WaitingEntry w : waiting) {
      String segment = w.segment();
      if (!order.containsKey(segment)) {
        checkArgument(false, "waiting entry '%s' is for segment '%s', which does not exist", w.id(), segment);
      }
      if (!distinct) {
        String id = w.id();
        checkArgument(ids.add(id), "intervention id '%s' is both planned and waiting, or waits twice", id);
      }
    }
  }


  @Override
  public String toString() {
    return "Plan of \"" + plenary().title().english() + "\": " + slots().size() + " slots, "
        + Durations.format(total()) + " of " + Durations.format(plenary().budget()) + ", "
        + waitingList().size() + " waiting, " + findings().size() + " findings"
        + (errors().isEmpty() ? "" : " (" + errors().size() + " errors)");
  }

  /**
   * What a plan records of a rule it was planned under: id, name, description and reason, so that
   * exports can state the rules without the rule objects. Immutable and thread-safe.
   */
  @Value.Immutable
  @API(status = API.Status.STABLE, since = "0.1")
  public abstract static class RuleSummary {

    RuleSummary() {}

    /** The rule's id. */
    @Value.Parameter
    public abstract String id();

    /** The rule's name, as decisions name it: "the speaking limit". */
    @Value.Parameter
    public abstract LocalizedText name();

    /** What the rule asks of the plenary planned. */
    @Value.Parameter
    public abstract LocalizedText description();

    /** Why the rule exists. */
    @Value.Parameter
    public abstract LocalizedText reason();

    /** A summary from its parts. */
    public static RuleSummary of(String id, LocalizedText name, LocalizedText description,
        LocalizedText reason) {
      return ImmutableRuleSummary.of(id, name, description, reason);
    }

    @Override
    public String toString() {
      return id() + ": " + description().english();
    }
  }
}
