package org.plenary.core.sitting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Maps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Slot;
import org.plenary.core.text.LocalizedText;

/**
 * What remains of a sitting, as a {@link ReplanStrategy} sees it: the interventions not yet called,
 * in order, with their allotments, and the time they must fit in. A strategy may shorten or wait-list
 * the movable ones — statements from the list of speakers or added from the floor, never fixed items,
 * points of order or rights of reply — and may not reorder. Not thread-safe: it lives while one
 * re-plan runs.
 */
public final class Remaining {

  private final Plenary plenary;
  private final Instant now;
  private final Instant opens;
  private final Map<String, Slot> items;
  private final Predicate<Slot> movable;
  private final List<SittingEvent> changes = new ArrayList<>();
  private Duration total = Duration.ZERO;

  Remaining(Plenary plenary, Instant now, Instant opens, List<Slot> items, Map<String, Duration> gaps,
      Predicate<Slot> movable) {
    this.plenary = plenary;
    this.now = now;
    this.opens = opens;
    this.items = Maps.newLinkedHashMapWithExpectedSize(items.size());
    this.movable = movable;
    long seconds = 0;
    long nanos = 0;
    for (Slot s : items) {
      this.items.put(s.id(), s);
      seconds += s.allotted().getSeconds();
      nanos += s.allotted().getNano();
    }
    for (Duration gap : gaps.values()) {
      seconds += gap.getSeconds();
      nanos += gap.getNano();
    }
    total = Duration.ofSeconds(seconds, nanos);
  }

  /** The plenary. */
  public Plenary plenary() {
    return plenary;
  }

  /** The instant of the re-plan. */
  public Instant now() {
    return now;
  }

  /** When the sitting must end: the planned start plus the budget. */
  public Instant hardEnd() {
    return plenary.hardEnd();
  }

  /** The interventions not yet called, in order, as the strategy has left them so far. */
  public List<Slot> items() {
    return Collections.unmodifiableList(new ArrayList<>(items.values()));
  }

  /** Whether a strategy may shorten or wait-list {@code slot}. */
  public boolean movable(Slot slot) {
    Slot current = items.get(requireNonNull(slot, "slot").id());
    return current != null && movable.test(current);
  }

  /** When the remaining interventions would end, one after the other, from when the floor is free. */
  public Instant projectedEnd() {
    return opens.plus(total);
  }

  /** How far the projected end runs past the hard end; zero or negative when it fits. */
  public Duration overrun() {
    return Duration.between(hardEnd(), projectedEnd());
  }

  /** Shortens {@code slot} to {@code allotted}, on behalf of strategy {@code by}, with a reason. */
  public void shorten(Slot slot, Duration allotted, String by, LocalizedText reason) {
    Slot current = checkMovable(slot);
    checkArgument(!allotted.isNegative() && !allotted.isZero() && allotted.compareTo(current.allotted()) <= 0,
        "new allotment of '%s' (%s) must be positive and at most its current %s", slot.id(), allotted,
        current.allotted());
    items.put(slot.id(), current.withAllotted(allotted));
    total = total.minus(current.allotted()).plus(allotted);
    changes.add(SittingEvent.builder().kind(SittingEvent.Kind.SHORTENED).at(now).subject(slot.id())
        .duration(allotted).by(by).reason(reason).build());
  }

  /** Moves {@code slot} to the waiting list, on behalf of strategy {@code by}, with a reason. */
  public void moveToWaitingList(Slot slot, String by, LocalizedText reason) {
    Slot current = checkMovable(slot);
    items.remove(slot.id());
    total = total.minus(current.allotted());
    changes.add(SittingEvent.builder().kind(SittingEvent.Kind.WAIT_LISTED).at(now).subject(slot.id())
        .by(by).reason(reason).build());
  }

  private Slot checkMovable(Slot slot) {
    Slot current = items.get(requireNonNull(slot, "slot").id());
    checkArgument(current != null, "'%s' is not among the remaining interventions", slot.id());
    checkArgument(movable(slot), "'%s' is fixed, a point of order or a right of reply: re-planning leaves it alone",
        slot.id());
    return current;
  }

  List<SittingEvent> changes() {
    return changes;
  }

  @Override
  public String toString() {
    return "Remaining[" + items.size() + " items, projected end " + projectedEnd() + ", overrun " + overrun() + "]";
  }
}
