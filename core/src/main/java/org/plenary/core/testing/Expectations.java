package org.plenary.core.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.sitting.Moment;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.text.LocalizedText;

/**
 * What the assertions expect of a plan or a sitting, each check giving the failure message when it
 * does not hold: what was expected, what is, and where to look, in English, naming delegations and
 * segments by the plan's own texts. An id the developer wrote in the assertion is echoed after its
 * name, so that the message leads back to the line.
 */
final class Expectations {

  private static final Locale EN = Locale.ENGLISH;

  private Expectations() {}

  // ---- the plenary as a whole

  static Optional<String> noErrors(Plan plan, String noun) {
    List<Finding> errors = plan.errors();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder("expected " + noun + " to have no error but it has "
        + errors.size() + ":");
    for (Finding f : errors) {
      out.append("\n- ").append(f.render(EN, ruleName(plan, f.ruleId())));
    }
    return Optional.of(out.toString());
  }

  static Optional<String> endsBy(Plan plan, LocalTime time) {
    Timetable t = plan.timetable();
    ZonedDateTime limit = on(plan, time);
    if (!t.end().isAfter(limit)) {
      return Optional.empty();
    }
    return Optional.of("expected the plenary to end by " + clock(limit) + " (" + venueTime(plan)
        + ") but it ends at " + clock(t.end()) + ", " + Durations.format(Duration.between(limit, t.end()))
        + " late" + where(t, limit));
  }

  static Optional<String> startsAt(Plan plan, LocalTime time) {
    Timetable t = plan.timetable();
    ZonedDateTime at = on(plan, time);
    if (t.start().isEqual(at)) {
      return Optional.empty();
    }
    return Optional.of("expected the plenary to start at " + clock(at) + " (" + venueTime(plan)
        + ") but it starts at " + clock(t.start()) + ", as the plenary says");
  }

  static Optional<String> keepsItsBudget(Plan plan) {
    Timetable t = plan.timetable();
    if (!t.slack().isNegative()) {
      return Optional.empty();
    }
    return Optional.of("expected the plenary to keep its budget of " + Durations.format(t.plan().plenary().budget())
        + " but it takes " + Durations.format(t.total()) + ", " + Durations.format(t.slack().negated())
        + " over: it ends at " + clock(t.end()) + " (" + venueTime(plan) + "), after its hard end at "
        + clock(t.hardEnd()) + where(t, t.hardEnd()));
  }

  static Optional<String> leavesAtLeast(Plan plan, Duration slack) {
    Timetable t = plan.timetable();
    if (t.slack().compareTo(slack) >= 0) {
      return Optional.empty();
    }
    return Optional.of("expected the plenary to leave at least " + Durations.format(slack) + " of its "
        + Durations.format(t.plan().plenary().budget()) + " but it "
        + (!t.slack().isNegative() ? "leaves " + (t.slack().isZero() ? "none" : Durations.format(t.slack()))
            : "overruns it by " + Durations.format(t.slack().negated()))
        + ": it ends at " + clock(t.end()) + " (" + venueTime(plan) + ")"
        + where(t, t.hardEnd().minus(slack)));
  }

  /** Where to look when the plenary passes {@code limit}: segments over their allotment, or the item at it, then the last. */
  private static String where(Timetable t, ZonedDateTime limit) {
    List<String> parts = new ArrayList<>();
    for (Timetable.SegmentTimes s : t.segments()) {
      Optional<Duration> slack = s.slack();
      if (slack.isPresent() && slack.get().isNegative()) {
        parts.add(segment(t.plan(), s.segment().id()) + " overruns its "
            + Durations.format(s.segment().allotment().orElseThrow()) + " by "
            + Durations.format(slack.get().negated()));
      }
    }
    if (parts.isEmpty()) {
      for (Slot e : t.plan().slots()) {
        if (e.end().orElseThrow().isAfter(limit)) {
          parts.add(e.start().orElseThrow().isBefore(limit)
              ? clock(limit) + " falls in " + segment(t.plan(), e.segment()) + ", during "
                  + speaker(e) + " (" + span(e) + ")"
              : "the first to speak after " + clock(limit) + " is " + speaker(e) + " in "
                  + segment(t.plan(), e.segment()) + ", from " + clock(e.start().orElseThrow()));
          break;
        }
      }
    }
    List<Slot> entries = t.plan().slots();
    if (!entries.isEmpty()) {
      Slot last = entries.get(entries.size() - 1);
      parts.add("last speaker: " + speaker(last) + " in " + segment(t.plan(), last.segment())
          + ", " + span(last));
    }
    return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
  }

  // ---- one delegation

  static Optional<String> speaks(Plan plan, String noun, String delegation, Optional<String> segment) {
    segment.ifPresent(plan.plenary()::requiredSegment);
    List<Slot> slots = slotsOf(plan, delegation);
    String expected = "expected " + noun + " to give the floor to " + who(plan, delegation)
        + segment.map(s -> " in " + segment(plan, s)).orElse("");
    if (slots.isEmpty()) {
      return Optional.of(expected + " but " + notSpeaking(plan, delegation));
    }
    if (segment.isPresent() && slots.stream().noneMatch(s -> s.segment().equals(segment.get()))) {
      return Optional.of(expected + " but it speaks " + place(plan, slots.get(0)));
    }
    return Optional.empty();
  }

  static Optional<String> speaksAtLeast(Plan plan, String noun, String delegation, Duration least) {
    List<Slot> slots = slotsOf(plan, delegation);
    String expected = "expected " + noun + " to give " + who(plan, delegation) + " at least "
        + Durations.format(least);
    if (slots.isEmpty()) {
      return Optional.of(expected + " but " + notSpeaking(plan, delegation));
    }
    Slot s = slots.get(0);
    if (s.allotted().compareTo(least) >= 0) {
      return Optional.empty();
    }
    return Optional.of(expected + " but it gives " + Durations.format(s.allotted()) + " of the "
        + Durations.format(s.intervention().duration()) + " asked, " + place(plan, s) + decisions(s.decisions()));
  }

  static Optional<String> waits(Plan plan, String noun, String delegation, Optional<String> ruleId) {
    Optional<WaitingEntry> entry = plan.waitingList().stream()
        .filter(w -> w.speech().speaker().delegation().id().equals(delegation)).findFirst();
    String expected = "expected " + who(plan, delegation) + " to wait"
        + ruleId.map(r -> " because of " + rule(plan, r)).orElse("");
    if (entry.isEmpty()) {
      List<Slot> slots = slotsOf(plan, delegation);
      return Optional.of(expected + " but " + (slots.isEmpty() ? notSpeaking(plan, delegation)
          : "it speaks " + place(plan, slots.get(0)) + decisions(slots.get(0).decisions())));
    }
    WaitingEntry w = entry.get();
    if (ruleId.isEmpty() || w.decidedBy().ruleId().equals(ruleId.get())) {
      return Optional.empty();
    }
    return Optional.of(expected + " but it waits because of " + rule(plan, w.decidedBy().ruleId()) + ": "
        + w.decidedBy().message().in(EN));
  }

  static Optional<String> placed(Plan plan, String delegation, int place) {
    if (place < 1) {
      throw new IllegalArgumentException("place (" + place + ") must be 1 or more");
    }
    List<Slot> slots = slotsOf(plan, delegation);
    if (slots.isEmpty()) {
      return Optional.of("expected " + who(plan, delegation) + " to speak " + ordinal(place) + " but "
          + notSpeaking(plan, delegation));
    }
    Slot s = slots.get(0);
    List<Slot> segment = plan.slots(s.segment());
    int at = segment.indexOf(s) + 1;
    if (at == place) {
      return Optional.empty();
    }
    List<String> before = new ArrayList<>();
    for (Slot b : segment.subList(0, at - 1)) {
      before.add(b.intervention().speaker().delegation().name().in(EN));
    }
    return Optional.of("expected " + who(plan, delegation) + " to speak " + ordinal(place) + " in "
        + segment(plan, s.segment()) + " but it speaks " + ordinal(at)
        + (before.isEmpty() ? "" : ", after " + list(before)) + decisions(s.decisions()));
  }

  static Optional<String> before(Plan plan, String delegation, String other) {
    List<Slot> slots = slotsOf(plan, delegation);
    String expected = "expected " + who(plan, delegation) + " to speak before " + who(plan, other);
    if (slots.isEmpty()) {
      return Optional.of(expected + " but " + notSpeaking(plan, delegation));
    }
    List<Slot> others = slotsOf(plan, other);
    if (others.isEmpty()) {
      return Optional.of(expected + " but " + notSpeaking(plan, other));
    }
    Slot s = slots.get(0);
    Slot o = others.get(0);
    if (plan.slots().indexOf(s) < plan.slots().indexOf(o)) {
      return Optional.empty();
    }
    return Optional.of(expected + " but it speaks " + place(plan, s) + ", and "
        + o.intervention().speaker().delegation().name().in(EN) + " " + place(plan, o) + decisions(s.decisions()));
  }

  // ---- a sitting

  static Optional<String> sittingEndsBy(Sitting sitting, LocalTime time) {
    Moment m = sitting.now();
    Plan plan = sitting.plan();
    ZonedDateTime limit = on(plan, time);
    if (!m.projectedEnd().isAfter(limit)) {
      return Optional.empty();
    }
    return Optional.of("expected the sitting to end by " + clock(limit) + " (" + venueTime(plan)
        + ") but at " + clock(m.at()) + " it is projected to end at " + clock(m.projectedEnd()) + ", "
        + Durations.format(Duration.between(limit, m.projectedEnd())) + " late" + now(plan, m));
  }

  static Optional<String> sittingKeepsItsBudget(Sitting sitting) {
    Moment m = sitting.now();
    Plan plan = sitting.plan();
    if (m.onTime()) {
      return Optional.empty();
    }
    return Optional.of("expected the sitting to end by its hard end, " + clock(m.hardEnd()) + " ("
        + venueTime(plan) + "), but at " + clock(m.at()) + " it is projected to end at "
        + clock(m.projectedEnd()) + ", " + Durations.format(m.overrun()) + " over" + now(plan, m)
        + "; a re-plan fits what remains to the hard end");
  }

  private static String now(Plan plan, Moment m) {
    StringBuilder out = new StringBuilder();
    m.current().ifPresent(s -> out.append("; ").append(speaker(s)).append(" has the floor, ")
        .append(m.timeLeft().orElseThrow().isNegative()
            ? Durations.format(m.timeLeft().orElseThrow().negated()) + " over their time"
            : Durations.format(m.timeLeft().orElseThrow()) + " left"));
    int to = m.remaining().size();
    out.append("; ").append(to == 0 ? "nothing" : to == 1 ? "1 intervention" : to + " interventions")
        .append(" to come");
    if (to > 0) {
      Slot last = m.remaining().get(to - 1);
      out.append(", the last ").append(speaker(last)).append(" in ").append(segment(plan, last.segment()));
    }
    return out.toString();
  }

  // ---- words

  private static List<Slot> slotsOf(Plan plan, String delegation) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : plan.slots()) {
      if (s.intervention().speaker().delegation().id().equals(delegation)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Where a slot is: "3rd in “The floor”, 10:51–10:54". */
  private static String place(Plan plan, Slot s) {
    int at = plan.slots(s.segment()).indexOf(s) + 1;
    return ordinal(at) + " in " + segment(plan, s.segment())
        + s.start().map(start -> ", " + clock(start) + "–" + clock(s.end().orElseThrow())).orElse("");
  }

  private static String notSpeaking(Plan plan, String delegation) {
    Optional<WaitingEntry> w = plan.waitingList().stream()
        .filter(x -> x.speech().speaker().delegation().id().equals(delegation)).findFirst();
    if (w.isPresent()) {
      int at = plan.waitingList().indexOf(w.get()) + 1;
      return "it " + (w.get().status() == Decision.Kind.REFUSED ? "is refused"
          : w.get().status() == Decision.Kind.CARRIED_OVER ? "is carried over" : "waits")
          + ", " + ordinal(at) + " on the waiting list, because of " + rule(plan, w.get().decidedBy().ruleId()) + ": "
          + w.get().decidedBy().message().in(EN);
    }
    Set<String> known = new LinkedHashSet<>();
    for (Slot s : plan.slots()) {
      known.add(s.intervention().speaker().delegation().id());
    }
    for (WaitingEntry x : plan.waitingList()) {
      known.add(x.speech().speaker().delegation().id());
    }
    List<String> ids = new ArrayList<>(known);
    String shown = ids.size() > 12 ? String.join(", ", ids.subList(0, 12)) + ", … (" + ids.size() + " in all)"
        : String.join(", ", ids);
    return "no delegation of id '" + delegation + "' speaks or waits in the plan; those that do: "
        + (ids.isEmpty() ? "none" : shown);
  }

  /** A delegation as the plan names it, with the id the test wrote: "Niger (NER)". */
  private static String who(Plan plan, String delegation) {
    return find(plan, delegation).map(d -> d.name().in(EN) + " (" + delegation + ")")
        .orElse("'" + delegation + "'");
  }

  private static Optional<Delegation> find(Plan plan, String id) {
    for (Slot s : plan.slots()) {
      if (s.intervention().speaker().delegation().id().equals(id)) {
        return Optional.of(s.intervention().speaker().delegation());
      }
    }
    for (WaitingEntry w : plan.waitingList()) {
      if (w.speech().speaker().delegation().id().equals(id)) {
        return Optional.of(w.speech().speaker().delegation());
      }
    }
    for (org.plenary.core.agenda.Segment s : plan.plenary().segments()) {
      for (Intervention i : s.interventions()) {
        if (i.speaker().delegation().id().equals(id)) {
          return Optional.of(i.speaker().delegation());
        }
      }
    }
    return Optional.empty();
  }

  /** A rule as readers know it, with its id: "the registration deadline (deadline.registration)". */
  private static String rule(Plan plan, String id) {
    return ruleName(plan, id).map(n -> n.in(EN) + " (" + id + ")").orElse(id);
  }

  /** Who speaks in a slot: the person's name if known, and the delegation. */
  private static String speaker(Slot s) {
    Speaker sp = s.intervention().speaker();
    return sp.name().map(n -> n + ", ").orElse("") + sp.delegation().name().in(EN);
  }

  /** A segment by its title as far as a colon, which is how the title names it: “Segment I”, “The floor”. */
  private static String segment(Plan plan, String id) {
    String title = plan.plenary().requiredSegment(id).title().in(EN);
    int colon = title.indexOf(':');
    return "“" + (colon > 0 ? title.substring(0, colon).strip() : title) + "”";
  }

  private static String decisions(List<Decision> decisions) {
    if (decisions.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(";");
    for (Decision d : decisions) {
      out.append(' ').append(d.message().in(EN));
    }
    return out.toString();
  }

  private static String span(Slot e) {
    return clock(e.start().orElseThrow()) + "–" + clock(e.end().orElseThrow());
  }

  private static ZonedDateTime on(Plan plan, LocalTime time) {
    Plenary p = plan.plenary();
    return ZonedDateTime.of(p.date(), java.util.Objects.requireNonNull(time, "time"), p.venue().zone());
  }

  /** "The Hague time": the venue's clock, named by the venue. */
  private static String venueTime(Plan plan) {
    return plan.plenary().venue().name().in(EN) + " time";
  }

  private static String clock(ZonedDateTime t) {
    return t.toLocalTime().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String ordinal(int n) {
    int tens = n % 100;
    String suffix = tens >= 11 && tens <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static String list(List<String> names) {
    if (names.size() <= 2) {
      return String.join(" and ", names);
    }
    if (names.size() > 4) {
      return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static Optional<LocalizedText> ruleName(Plan plan, String id) {
    return plan.rules().stream().filter(r -> r.id().equals(id)).findFirst().map(Plan.RuleSummary::name);
  }
}
