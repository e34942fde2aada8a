package org.plenary.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.MapMaker;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import org.immutables.value.Value;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.Messages;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.rule.RuleSummary;
import org.plenary.core.rule.Severity;
import org.plenary.core.text.Durations;

/**
 * The result of planning a plenary under a rule set: the admitted interventions in order with their
 * allotted time, the waiting list with the reason for each entry, the findings, and the rules it was
 * planned under.
 *
 * <p>Slots run segment after segment in the plenary's order; no id appears twice. A plan is a value:
 * {@link #withAllotted}, {@link #withoutSlot} and {@link #checkedBy} return new plans. Immutable and
 * thread-safe.
 */
@Value.Immutable
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

  /** What the rules found, sorted: errors first. */
  @Value.Parameter
  public abstract List<Finding> findings();

  /** The rules the plan was planned under. */
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

  /** A builder, for importers and tools that make plans by other means than the planner. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}. */
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
  public Duration total() {
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
    return Timetable.of(this);
  }

  /** The error findings. */
  public final List<Finding> errors() {
    return findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** Whether any finding is an error. */
  public final boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * This plan checked against {@code rules}: its findings are theirs, and it records them as the
   * rules it was planned under.
   */
  public final Plan checkedBy(RuleSet rules) {
    List<RuleSummary> summaries = new ArrayList<>();
    rules.rules().forEach(r -> summaries.add(RuleSummary.of(r)));
    Plan unchecked = withFindings(List.of()).withRules(summaries);
    return unchecked.withFindings(rules.check(unchecked));
  }

  /** This plan with {@code id}'s allotment changed; its findings are kept until it is checked again. */
  public final Plan withAllotted(String id, Duration allotted) {
    requireNonNull(allotted, "allotted");
    Slot slot = slot(id).orElseThrow(() -> unknown(id));
    List<Slot> slots = new ArrayList<>(slots());
    slots.set(slots.indexOf(slot), slot.withAllotted(allotted));
    return withSlots(slots);
  }

  /** This plan without the slot {@code id}, which goes to the waiting list as {@code entry} says. */
  public final Plan withoutSlot(WaitingEntry entry) {
    requireNonNull(entry, "entry");
    Slot slot = slot(entry.id()).orElseThrow(() -> unknown(entry.id()));
    List<Slot> slots = new ArrayList<>(slots());
    slots.remove(slot);
    List<WaitingEntry> waiting = new ArrayList<>(waitingList());
    waiting.add(entry);
    return withSlots(slots).withWaitingList(waiting);
  }

  private IllegalArgumentException unknown(String id) {
    return new IllegalArgumentException("intervention '" + id + "' is not in the plan");
  }

  /** This plan with other slots. */
  public abstract Plan withSlots(Iterable<? extends Slot> slots);

  /** This plan with another waiting list. */
  public abstract Plan withWaitingList(Iterable<? extends WaitingEntry> waiting);

  /** This plan with other rule summaries. */
  public abstract Plan withRules(Iterable<? extends RuleSummary> rules);

  /** This plan with other findings. */
  public abstract Plan withFindings(Iterable<? extends Finding> findings);

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
      out.append("- ").append(f.render(locale)).append('\n');
    }
    return out.toString();
  }

  /**
   * Slot and waiting lists already checked together, by identity: copies made by {@code with*} share
   * their lists, so a plan of a million slots is checked once, not at every copy.
   */
  private static final ConcurrentMap<List<Slot>, CheckedWith> CHECKED =
      new MapMaker().weakKeys().makeMap();

  /**
   * The waiting list and the plenary a slot list was checked with, held weakly: the check's memory
   * must not keep a plan's million waiting entries alive after the plan.
   */
  private static final class CheckedWith {
    private final WeakReference<List<WaitingEntry>> waiting;
    private final WeakReference<Plenary> plenary;

    CheckedWith(List<WaitingEntry> waiting, Plenary plenary) {
      this.waiting = new WeakReference<>(waiting);
      this.plenary = new WeakReference<>(plenary);
    }

    boolean same(Plan p) {
      return waiting.get() == p.waitingList() && plenary.get() == p.plenary();
    }
  }

  /**
   * A plan of lists known to be well formed, as the planner builds them: ids unique and
   * segments in order. The plan made of these very lists skips the structural check.
   */
  static Plan trusted(Plenary plenary, ImmutableList<Slot> slots, ImmutableList<WaitingEntry> waiting,
      Optional<Instant> plannedAt) {
    CHECKED.put(slots, new CheckedWith(waiting, plenary));
    return ImmutablePlan.of(plenary, slots, waiting, ImmutableList.of(), ImmutableList.of(), plannedAt);
  }

  @Value.Check
  Plan normalize() {
    CheckedWith before = CHECKED.get(slots());
    if (before == null || !before.same(this)) {
      checkStructure();
      CHECKED.put(slots(), new CheckedWith(waitingList(), plenary()));
    }
    for (int i = 1; i < findings().size(); i++) {
      if (findings().get(i - 1).compareTo(findings().get(i)) > 0) {
        List<Finding> sorted = new ArrayList<>(findings());
        sorted.sort(null);
        return withFindings(sorted);
      }
    }
    return this;
  }

  private void checkStructure() {
    Map<String, Integer> order = new HashMap<>();
    List<String> ids = plenary().segmentIds();
    for (int i = 0; i < ids.size(); i++) {
      order.put(ids.get(i), i);
    }
    Set<String> seen = new HashSet<>();
    int last = 0;
    for (Slot s : slots()) {
      Integer at = order.get(s.segment());
      checkArgument(at != null, "slot '%s' is in segment '%s', which does not exist; the segments are %s",
          s.id(), s.segment(), ids);
      checkArgument(at >= last, "slot '%s' of segment '%s' comes after segment '%s'; segments run in "
          + "the order %s", s.id(), s.segment(), ids.get(last), ids);
      last = at;
      checkArgument(seen.add(s.id()), "intervention id '%s' is used twice in the plan", s.id());
    }
    for (WaitingEntry w : waitingList()) {
      checkArgument(order.containsKey(w.segment()),
          "waiting entry '%s' is for segment '%s', which does not exist", w.id(), w.segment());
      checkArgument(seen.add(w.id()), "intervention id '%s' is both planned and waiting, or waits twice",
          w.id());
    }
  }

  @Override
  public String toString() {
    return "Plan of \"" + plenary().title().english() + "\": " + slots().size() + " slots, "
        + Durations.format(total()) + " of " + Durations.format(plenary().budget()) + ", "
        + waitingList().size() + " waiting, " + findings().size() + " findings"
        + (hasErrors() ? " (" + errors().size() + " errors)" : "");
  }
}
