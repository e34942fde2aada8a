package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.text.LocalizedText;

/**
 * A plan made elsewhere, as a check reads it: its slots by segment and its entries by id, each
 * looked up once. It reads the plan and changes nothing. Not thread-safe: one check.
 */
final class Given {

  private final Plan plan;
  private final Map<String, List<Slot>> bySegment = new HashMap<>();
  private Map<String, WaitingEntry> waiting;
  private String lastId;
  private Segment lastSegment;

  Given(Plan plan) {
    this.plan = plan;
    for (Slot s : plan.slots()) {
      bySegment.computeIfAbsent(s.segment(), x -> new ArrayList<>()).add(s);
    }
  }

  Plan plan() {
    return plan;
  }

  Plenary plenary() {
    return plan.plenary();
  }

  List<Slot> slots() {
    return plan.slots();
  }

  List<WaitingEntry> waitingList() {
    return plan.waitingList();
  }

  /** The slots of segment {@code id}, in order. */
  List<Slot> slots(String id) {
    return bySegment.getOrDefault(id, List.of());
  }

  /** The slot of intervention {@code id}, if planned. */
  Optional<Slot> slot(String id) {
    return plan.slot(id);
  }

  /** The waiting entry of {@code id}, or null. */
  WaitingEntry waiting(String id) {
    if (waiting == null) {
      waiting = new HashMap<>();
      for (WaitingEntry w : plan.waitingList()) {
        waiting.putIfAbsent(w.id(), w);
      }
    }
    return waiting.get(id);
  }

  /** The segment {@code id}; long lists name the same few, so the last one is kept at hand. */
  Segment segment(String id) {
    if (!id.equals(lastId)) {
      lastSegment = plan.plenary().requiredSegment(id);
      lastId = id;
    }
    return lastSegment;
  }

  /** Who speaks in the slot or entry {@code id}, or the id itself. */
  LocalizedText who(String id) {
    Optional<Slot> s = slot(id);
    if (s.isPresent()) {
      return Words.who(s.get().intervention());
    }
    WaitingEntry w = waiting(id);
    return w != null ? Words.who(w.speech()) : LocalizedText.of(id);
  }
}
