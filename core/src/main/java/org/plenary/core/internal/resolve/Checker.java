package org.plenary.core.internal.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Messages;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * Checks a plan against every declaration of a {@link Book}, whoever made the plan: the planner, an
 * importer, a sitting. Each rule gets the errors its declarations find, the conflicts it is part of,
 * and a note of what it checked; no rule reports what another rule decided. Findings come errors
 * first, then in plan order. Not thread-safe: one check.
 */
public final class Checker {

  private final Book book;
  private final Parts plan;
  private final Plenary plenary;
  private final Set<String> spoken;
  private final Map<Rule, List<Finding>> found = new IdentityHashMap<>();
  private final Map<Rule, List<LocalizedText>> notes = new IdentityHashMap<>();
  private final Map<Rule, Integer> checked = new IdentityHashMap<>();

  private Checker(Book book, Parts plan, Set<String> spoken) {
    this.book = book;
    this.plan = plan;
    this.plenary = plan.plenary();
    this.spoken = spoken;
  }

  /** The findings of {@code book}'s rules on {@code plan}: errors first, then in plan order. */
  public static List<Finding> check(Book book, Plan plan) {
    return check(book, plan, Set.of());
  }

  /**
   * The findings on the plan of a sitting in which {@code spoken} have taken the floor: their time is
   * spent, and no reserve could take it back.
   */
  public static List<Finding> check(Book book, Plan plan, Set<String> spoken) {
    return declared(book, Parts.of(plan), spoken).findings(own(book, plan));
  }

  /** What the declarations of {@code book} find in {@code parts}; {@link #findings} gives them. */
  static Checker declared(Book book, Parts parts, Set<String> spoken) {
    Checker c = new Checker(book, parts, Set.copyOf(spoken));
    c.unknownSegments();
    c.admissions();
    c.onePer();
    c.orders();
    c.pins();
    c.limits();
    c.capacities();
    c.reserves();
    return c;
  }

  /**
   * What each rule of {@code book} finds of its own in {@code plan}, for the rules that find
   * anything; a rule whose check throws finds an error that names it.
   */
  static Map<Rule, List<Finding>> own(Book book, Plan plan) {
    Map<Rule, List<Finding>> out = new IdentityHashMap<>();
    for (Rule rule : book.rules) {
      List<Finding> found;
      try {
        found = rule.check(plan);
      } catch (RuntimeException e) {
        found = List.of(rule.finding(Severity.ERROR, "plan", Messages.CORE.text("check.own-failed",
            String.valueOf(e))).build());
      }
      if (found != null && !found.isEmpty()) {
        out.put(rule, found);
      }
    }
    return out;
  }

  private void add(Rule rule, Finding f) {
    found.computeIfAbsent(rule, r -> new ArrayList<>()).add(f);
  }

  private void error(Rule rule, String subject, LocalizedText message, String fix) {
    Finding.Builder b = rule.finding(Severity.ERROR, subject, message);
    if (fix != null) {
      b.suggestion(Messages.CORE.text(fix));
    }
    add(rule, b.build());
  }

  private void conflict(Rule first, Rule second, String subject, LocalizedText message) {
    Finding.Builder b = first.finding(Severity.WARNING, subject, message);
    if (second != first) {
      b.addRelated(second.id());
    }
    add(first, b.build());
  }

  private void note(Rule rule, int count, LocalizedText text) {
    checked.merge(rule, count, Integer::sum);
    if (count > 0) {
      notes.computeIfAbsent(rule, r -> new ArrayList<>()).add(text);
    }
  }

  private static LocalizedText who(Speech s) {
    return s.speaker().delegation().name();
  }

  private String lastId;
  private Segment lastSegment;

  /** The segment {@code id}; long lists name the same few, so the last one is kept at hand. */
  private Segment segment(String id) {
    if (!id.equals(lastId)) {
      lastSegment = plenary.requiredSegment(id);
      lastId = id;
    }
    return lastSegment;
  }

  private void unknownSegments() {
    Map<Rule, Set<String>> named = new IdentityHashMap<>();
    for (Rule rule : book.rules) {
      for (Decl.Any d : book.byRule.get(rule)) {
        org.plenary.core.rule.Selector s = selector(d);
        if (s == null) {
          continue;
        }
        for (String id : s.unknownSegments(plenary)) {
          if (named.computeIfAbsent(rule, r -> new HashSet<>()).add(id)) {
            add(rule, rule.finding(Severity.WARNING, id, Messages.CORE.text("check.unknown-segment", id,
                String.join(", ", plenary.segmentIds()))).build());
          }
        }
      }
    }
  }

  private static org.plenary.core.rule.Selector selector(Decl.Any d) {
    if (d instanceof Decl.Admit a) {
      return a.scope();
    } else if (d instanceof Decl.OnePer o) {
      return o.scope();
    } else if (d instanceof Decl.Order o) {
      return o.scope();
    } else if (d instanceof Decl.Alternate a) {
      return a.scope();
    } else if (d instanceof Decl.Limit l) {
      return l.who();
    } else if (d instanceof Decl.Capacity c) {
      return c.who();
    } else if (d instanceof Decl.Reserve r) {
      return r.who();
    }
    return null;
  }

  /** The verdict of the admission {@code a} on {@code r}, or null where it does not apply or fails. */
  private Verdict verdict(Decl.Admit a, String segmentId, RequestToSpeak r) {
    if (book.failed(a) || !a.scope().matches(segment(segmentId), r)) {
      return null;
    }
    try {
      return java.util.Objects.requireNonNull(a.verdict().apply(r), "verdict");
    } catch (RuntimeException e) {
      book.fail(a, r.id(), e);
      return null;
    }
  }

  private void admissions() {
    for (Decl.Admit a : book.live(book.admits)) {
      int[] counts = new int[Verdict.Kind.values().length];
      int n = 0;
      for (Slot s : plan.slots()) {
        if (s.request().isEmpty()) {
          continue;
        }
        Verdict v = verdict(a, s.segment(), s.request().get());
        if (v == null) {
          continue;
        }
        n++;
        counts[v.kind().ordinal()]++;
        if (v.kind() == Verdict.Kind.WAIT_LIST || v.kind() == Verdict.Kind.REFUSE) {
          error(a.rule(), s.id(), Messages.CORE.text("check.admission.error", who(s.intervention()),
              v.why().orElseThrow()), "check.admission.fix");
        }
      }
      for (WaitingEntry w : plan.waitingList()) {
        if (w.request().isEmpty()) {
          continue;
        }
        Verdict v = verdict(a, w.segment(), w.request().get());
        if (v != null) {
          n++;
          counts[v.kind().ordinal()]++;
        }
      }
      note(a.rule(), n, Messages.CORE.text("check.admission.ok", n,
          counts[Verdict.Kind.ADMIT_LATE.ordinal()], counts[Verdict.Kind.WAIT_LIST.ordinal()],
          counts[Verdict.Kind.REFUSE.ordinal()]));
    }
  }

  private void onePer() {
    for (Decl.OnePer o : book.live(book.onePers)) {
      int n = 0;
      Map<String, Map<Object, Slot>> seen = new HashMap<>();
      for (Slot s : plan.slots()) {
        Segment segment = segment(s.segment());
        if (!o.scope().matches(segment, s.intervention())) {
          continue;
        }
        Object key;
        try {
          key = o.key().apply(s.request().<Speech>map(r -> r).orElse(s.intervention()));
        } catch (RuntimeException e) {
          book.fail(o, s.id(), e);
          break;
        }
        n++;
        Slot before = seen.computeIfAbsent(s.segment(), x -> new HashMap<>()).putIfAbsent(key, s);
        if (before != null && (before.request().isPresent() || s.request().isPresent())) {
          error(o.rule(), s.id(), Messages.CORE.text("check.one-per.error", who(s.intervention()),
              Words.segment(segment)), "check.one-per.fix");
        }
      }
      note(o.rule(), n, Messages.CORE.text("check.one-per.ok", n));
    }
  }

  private Set<String> pinnedIds() {
    Set<String> out = new HashSet<>();
    for (Decl.Pin p : book.live(book.pins)) {
      out.add(p.id());
    }
    return out;
  }

  /** The strongest admission verdict on {@code r}, and the rule that gave it late, if any. */
  private long lateness(Slot s, Rule[] lateBy) {
    long late = 0;
    for (Decl.Admit a : book.live(book.admits)) {
      Verdict v = verdict(a, s.segment(), s.request().orElseThrow());
      if (v != null && v.kind() == Verdict.Kind.ADMIT_LATE && late == 0) {
        late = 1;
        lateBy[0] = a.rule();
      }
    }
    return late;
  }

  private void orders() {
    List<Decl.Any> deciding = Keys.deciding(book);
    Set<String> pinned = pinnedIds();
    Map<Rule, Integer> count = new IdentityHashMap<>();
    for (Segment segment : plenary.segments()) {
      List<Slot> q = new ArrayList<>();
      for (Slot s : plan.slots(segment.id())) {
        if (s.request().isPresent() && !pinned.contains(s.id())) {
          q.add(s);
        }
      }
      int n = q.size();
      long[] late = new long[n];
      Rule[] lateBy = new Rule[n];
      List<RequestToSpeak> requests = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        Rule[] by = new Rule[1];
        late[k] = lateness(q.get(k), by);
        lateBy[k] = by[0];
        requests.add(q.get(k).request().orElseThrow());
      }
      List<Orders.Component> components = Keys.of(book, segment, requests, late, deciding);
      Orders.sort(n, components);
      Map<Rule, int[]> broken = new LinkedHashMap<>();
      for (int k = 1; k < n; k++) {
        for (Orders.Component c : components) {
          long a = c.values[k - 1];
          long b = c.values[k];
          if (a == b) {
            continue;
          }
          if (a > b) {
            Rule rule = c.decl == null ? lateBy[k - 1] : c.decl.rule();
            int at = k;
            broken.computeIfAbsent(rule, r -> new int[] {at, 0})[1]++;
          }
          break;
        }
      }
      for (Map.Entry<Rule, int[]> e : broken.entrySet()) {
        int k = e.getValue()[0];
        Slot a = q.get(k - 1);
        Slot b = q.get(k);
        error(e.getKey(), b.id(), Messages.CORE.text("check.order.error", who(a.intervention()),
            who(b.intervention()), Words.segment(segment), e.getKey().name(), e.getValue()[1]),
            "check.order.fix");
      }
      Set<Rule> ordering = new HashSet<>();
      for (Orders.Component c : components) {
        if (c.decl != null && ordering.add(c.decl.rule())) {
          count.merge(c.decl.rule(), n, Integer::sum);
        }
      }
      for (Rule r : lateBy) {
        if (r != null && ordering.add(r)) {
          count.merge(r, 0, Integer::sum);
        }
      }
    }
    count.forEach((rule, n) -> note(rule, n, Messages.CORE.text("check.order.ok", n)));
    samePriority(deciding);
  }

  /** Orders of two rules at one priority in a segment: the one first by id applies first. */
  private void samePriority(List<Decl.Any> deciding) {
    Set<String> told = new HashSet<>();
    for (Decl.Any a : deciding) {
      for (Decl.Any b : deciding) {
        if (a.rule().id().compareTo(b.rule().id()) >= 0 || priority(a) != priority(b)) {
          continue;
        }
        for (Segment s : plenary.segments()) {
          if (Keys.covers(a, s) && Keys.covers(b, s) && told.add(a.rule().id() + " " + b.rule().id())) {
            conflict(a.rule(), b.rule(), s.id(), Messages.CORE.text("check.same-priority",
                a.rule().name(), b.rule().name(), priority(a), Words.segment(s)));
          }
        }
      }
    }
  }

  private static int priority(Decl.Any d) {
    return d instanceof Decl.Order o ? o.priority() : ((Decl.Alternate) d).priority();
  }

  private void pins() {
    Map<String, Decl.Pin> first = new LinkedHashMap<>();
    Map<Rule, Integer> count = new IdentityHashMap<>();
    for (Decl.Pin p : book.live(book.pins)) {
      Decl.Pin before = first.putIfAbsent(p.id(), p);
      if (before != null) {
        conflict(before.rule(), p.rule(), p.id(), Messages.CORE.text("check.pin.again", before.rule().name(),
            p.rule().name(), label(p.id())));
      }
    }
    Map<String, List<Orders.Pinned>> bySegment = new LinkedHashMap<>();
    for (Decl.Pin p : first.values()) {
      var slot = plan.slot(p.id());
      count.merge(p.rule(), slot.isPresent() ? 1 : 0, Integer::sum);
      if (slot.isEmpty()) {
        WaitingEntry w = waiting(p.id());
        if (w == null) {
          add(p.rule(), p.rule().finding(Severity.WARNING, p.id(),
              Messages.CORE.text("check.pin.unknown", p.id())).build());
        } else {
          Rule other = ruleById(w.ruleId());
          conflict(p.rule(), other == null ? p.rule() : other, p.id(), Messages.CORE.text(
              "check.pin.kept-out", p.rule().name(), who(w.speech()),
              other == null ? LocalizedText.of(w.ruleId()) : other.name()));
        }
        continue;
      }
      List<Slot> segment = plan.slots(slot.get().segment());
      bySegment.computeIfAbsent(slot.get().segment(), s -> new ArrayList<>())
          .add(new Orders.Pinned(segment.indexOf(slot.get()), p));
    }
    for (Map.Entry<String, List<Orders.Pinned>> e : bySegment.entrySet()) {
      List<Slot> segment = plan.slots(e.getKey());
      Set<Integer> pinnedAt = new HashSet<>();
      e.getValue().forEach(p -> pinnedAt.add(p.item()));
      int[] others = new int[segment.size() - pinnedAt.size()];
      int k = 0;
      for (int i = 0; i < segment.size(); i++) {
        if (!pinnedAt.contains(i)) {
          others[k++] = i;
        }
      }
      List<Orders.Collision> collisions = new ArrayList<>();
      int[] expected = Orders.pin(others, e.getValue(), collisions);
      for (Orders.Collision c : collisions) {
        Slot a = segment.get(c.first().item());
        Slot b = segment.get(c.second().item());
        conflict(c.first().pin().rule(), c.second().pin().rule(), e.getKey(), Messages.CORE.text(
            "check.pin.twice", c.first().pin().rule().name(), c.second().pin().rule().name(),
            c.first().pin().place(), Words.segment(segment(e.getKey())), who(a.intervention()),
            who(b.intervention())));
      }
      for (int at = 0; at < expected.length; at++) {
        int actual = expected[at];
        for (Orders.Pinned p : e.getValue()) {
          if (p.item() == actual && at != actual) {
            Slot s = segment.get(actual);
            error(p.pin().rule(), s.id(), Messages.CORE.text("check.pin.error", who(s.intervention()),
                at + 1, actual + 1, Words.segment(segment(e.getKey()))), "check.pin.fix");
          }
        }
      }
    }
    count.forEach((rule, n) -> note(rule, n, Messages.CORE.text("check.pin.ok", n)));
  }

  private LocalizedText label(String id) {
    var slot = plan.slot(id);
    if (slot.isPresent()) {
      return who(slot.get().intervention());
    }
    WaitingEntry w = waiting(id);
    return w != null ? who(w.speech()) : LocalizedText.of(id);
  }

  private WaitingEntry waiting(String id) {
    for (WaitingEntry w : plan.waitingList()) {
      if (w.id().equals(id)) {
        return w;
      }
    }
    return null;
  }

  private Rule ruleById(String id) {
    for (Rule r : book.rules) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  private void limits() {
    List<Decl.Limit> limits = book.live(book.limits);
    Map<Rule, int[]> counts = new IdentityHashMap<>();
    for (Slot s : plan.slots()) {
      Segment segment = segment(s.segment());
      Decl.Limit binding = null;
      for (Decl.Limit l : limits) {
        if (l.who().matches(segment, s.intervention())) {
          int[] c = counts.computeIfAbsent(l.rule(), r -> new int[2]);
          c[0]++;
          if (s.intervention().duration().compareTo(l.most()) > 0) {
            c[1]++;
          }
          if (binding == null || l.most().compareTo(binding.most()) < 0) {
            binding = l;
          }
        }
      }
      if (binding != null && s.allotted().compareTo(binding.most()) > 0) {
        error(binding.rule(), s.id(), Messages.CORE.text("check.limit.error", who(s.intervention()),
            Words.time(s.allotted()), Words.time(s.allotted().minus(binding.most())),
            Words.time(binding.most())), "check.limit.fix");
      }
    }
    counts.forEach((rule, c) -> note(rule, c[0], Messages.CORE.text("check.limit.ok", c[0], c[1])));
  }

  private void capacities() {
    for (Decl.Capacity c : book.live(book.capacities)) {
      Pool pool = Pool.of(c);
      long used = 0;
      int n = 0;
      for (Segment s : plenary.segments()) {
        if (pool.countsGaps(s)) {
          used += s.gapBefore().toNanos();
        }
      }
      for (Slot s : plan.slots()) {
        if (pool.holds(segment(s.segment()), s.intervention())) {
          n++;
          used += pool.places ? 1 : s.allotted().toNanos();
        }
      }
      int waiting = 0;
      for (WaitingEntry w : plan.waitingList()) {
        if (w.ruleId().equals(c.rule().id()) && w.decidedBy().kind() == Decision.Kind.WAIT_LISTED) {
          waiting++;
        }
      }
      LocalizedText scope = c.who().describe(plenary);
      if (used > pool.max) {
        error(c.rule(), subject(c.who()), pool.places
            ? Messages.CORE.text("check.capacity.places-error", scope, used, used - pool.max, pool.max)
            : Messages.CORE.text("check.capacity.error", scope, Words.time(used),
                Words.time(used - pool.max), Words.time(pool.max)), "check.capacity.fix");
      }
      note(c.rule(), Math.max(n, 1), pool.places
          ? Messages.CORE.text("check.capacity.places-ok", scope, used, pool.max, waiting)
          : Messages.CORE.text("check.capacity.ok", scope, Words.time(used), Words.time(pool.max), waiting));
    }
  }

  /** What findings about {@code who} are about: its one segment, or the plan. */
  private String subject(org.plenary.core.rule.Selector who) {
    List<Segment> in = who.segmentsIn(plenary);
    return in.size() == 1 && in.size() < plenary.segments().size() ? in.get(0).id() : "plan";
  }

  private void reserves() {
    for (Decl.Reserve r : book.live(book.reserves)) {
      List<Segment> segments = r.who().segmentsIn(plenary);
      long group = 0;
      int groupCount = 0;
      long others = 0;
      for (Slot s : plan.slots()) {
        Segment segment = segment(s.segment());
        if (s.request().isEmpty() || !r.who().covers(segment)) {
          continue;
        }
        if (r.who().test(s.intervention())) {
          group += s.allotted().toNanos();
          groupCount++;
        } else if (!spoken.contains(s.id())) {
          others += s.allotted().toNanos();
        }
      }
      long size = r.holdsPlaces() ? r.places() : r.time().toNanos();
      boolean usedUp = r.holdsPlaces() ? groupCount >= size : group >= size;
      for (WaitingEntry w : usedUp || others == 0 ? List.<WaitingEntry>of() : plan.waitingList()) {
        if (!waitsForRoom(w) || w.request().isEmpty() || !r.who().matches(segment(w.segment()), w.speech())) {
          continue;
        }
        long need = w.speech().duration().toNanos();
        boolean room = r.holdsPlaces() ? groupCount < r.places() : need <= size - group;
        if (room && others >= need) {
          error(r.rule(), w.id(), Messages.CORE.text("check.reserve.error", who(w.speech()),
              r.who().describe(plenary), r.holdsPlaces() ? Long.toString(size - groupCount)
                  : Words.time(size - group)), "check.reserve.fix");
          break;
        }
      }
      note(r.rule(), Math.max(segments.size(), 1), r.holdsPlaces()
          ? Messages.CORE.text("check.reserve.places-ok", r.who().describe(plenary), r.places(), groupCount)
          : Messages.CORE.text("check.reserve.ok", r.who().describe(plenary), Words.time(size),
              Words.time(group)));
      tooBig(r);
    }
  }

  /**
   * Whether {@code w} waits for lack of room in whole segments or the sitting: kept out by a
   * capacity of such or a reserve, not by an admission, a cap on a group, or the re-plan of a sitting
   * whose time may have gone to speakers who have spoken.
   */
  private boolean waitsForRoom(WaitingEntry w) {
    return forRoom.computeIfAbsent(w.decidedBy(), this::forRoom);
  }

  private final Map<Decision, Boolean> forRoom = new IdentityHashMap<>();

  private boolean forRoom(Decision d) {
    Rule rule = ruleById(d.ruleId());
    if (d.kind() != Decision.Kind.WAIT_LISTED || rule == null) {
      return false;
    }
    for (Decl.Any any : book.byRule.get(rule)) {
      if (any instanceof Decl.Reserve || any instanceof Decl.Capacity c && c.who().wholeSegments()) {
        return true;
      }
    }
    return false;
  }

  /** A reserve that holds more time than a capacity around it has room for. */
  private void tooBig(Decl.Reserve r) {
    if (r.holdsPlaces()) {
      return;
    }
    List<Segment> segments = r.who().segmentsIn(plenary);
    for (Decl.Capacity c : book.live(book.capacities)) {
      Pool pool = Pool.of(c);
      boolean around = !pool.places && c.who().wholeSegments() && !segments.isEmpty();
      for (Segment s : segments) {
        around &= c.who().covers(s);
      }
      if (!around) {
        continue;
      }
      long fixed = 0;
      for (Segment s : plenary.segments()) {
        if (pool.countsGaps(s)) {
          fixed += s.gapBefore().toNanos();
        }
        for (var i : s.interventions()) {
          if (pool.holds(s, i)) {
            fixed += i.duration().toNanos();
          }
        }
      }
      long room = pool.max - fixed;
      if (r.time().toNanos() > room) {
        conflict(r.rule(), c.rule(), subject(r.who()), Messages.CORE.text("check.reserve.too-big",
            r.rule().name(), Words.time(r.time()), r.who().describe(plenary), c.rule().name(),
            Words.time(Math.max(room, 0))));
      }
    }
  }

  /** Every rule's findings, with {@code own} those its own check made: errors first, then in plan order. */
  List<Finding> findings(Map<Rule, List<Finding>> own) {
    List<Finding> all = new ArrayList<>();
    for (Rule rule : book.rules) {
      Book.Failure failure = book.failures.get(rule);
      List<Finding> mine = new ArrayList<>(found.getOrDefault(rule, List.of()));
      if (failure != null) {
        mine.add(failure.subject() == null
            ? rule.finding(Severity.ERROR, "plan", Messages.CORE.text("check.failed", failure.error())).build()
            : rule.finding(Severity.ERROR, failure.subject(), Messages.CORE.text("check.failed-on",
                label(failure.subject()), failure.error())).build());
      }
      mine.addAll(own.getOrDefault(rule, List.of()));
      boolean errors = mine.stream().anyMatch(f -> f.severity() == Severity.ERROR);
      if (failure == null && !errors) {
        List<LocalizedText> said = notes.getOrDefault(rule, List.of());
        if (!said.isEmpty()) {
          mine.add(rule.finding(Severity.INFO, "plan", joined(said)).build());
        } else if (mine.isEmpty()) {
          mine.add(rule.finding(Severity.INFO, "plan", Messages.CORE.text(
              book.byRule.get(rule).isEmpty() ? "check.asks-nothing" : "check.nothing")).build());
        }
      }
      all.addAll(mine);
    }
    return inPlanOrder(plan, all);
  }

  /** {@code findings} errors first, then warnings and notes, each in the order of their subjects in the plan. */
  public static List<Finding> inPlanOrder(Plan plan, List<Finding> findings) {
    return inPlanOrder(Parts.of(plan), findings);
  }

  private static List<Finding> inPlanOrder(Parts plan, List<Finding> findings) {
    Map<String, Integer> rank = new HashMap<>();
    rank.put("plan", 0);
    rank.put("sitting", 0);
    List<String> ids = plan.plenary().segmentIds();
    for (int i = 0; i < ids.size(); i++) {
      rank.put(ids.get(i), 1 + i);
    }
    int base = 1 + ids.size();
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      if (!rank.containsKey(f.subject())) {
        wanted.add(f.subject());
      }
    }
    if (!wanted.isEmpty()) {
      int k = base;
      for (Slot s : plan.slots()) {
        if (wanted.contains(s.id())) {
          rank.putIfAbsent(s.id(), k);
        }
        k++;
      }
      for (WaitingEntry w : plan.waitingList()) {
        if (wanted.contains(w.id())) {
          rank.putIfAbsent(w.id(), k);
        }
        k++;
      }
      for (String subject : wanted) {
        rank.putIfAbsent(subject, k);
      }
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing(Finding::severity).thenComparingInt(f -> rank.get(f.subject()))
        .thenComparing(Finding::ruleId));
    return sorted;
  }

  private static LocalizedText joined(List<LocalizedText> texts) {
    return LocalizedText.written(language -> {
      StringBuilder out = new StringBuilder();
      for (LocalizedText t : texts) {
        out.append(out.length() == 0 ? "" : " ").append(t.in(language));
      }
      return out.toString();
    });
  }
}
