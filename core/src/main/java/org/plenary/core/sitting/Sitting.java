package org.plenary.core.sitting;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.resolve.Book;
import org.plenary.core.internal.resolve.Checking;
import org.plenary.core.internal.resolve.Refit;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Finding.Severity;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;

/**
 * A plenary in progress. It starts from a plan at the instant an injected {@link Clock} gives,
 * records what happens — each speaker's actual start and end, a pause, time added, a speaker absent
 * (skipped or moved to the end of the list), an addition from the floor, a point of order, a right of
 * reply — and at any moment gives the projected end, the overrun
 * against the hard end, the current speaker's time left and what comes next. {@link #replan} fits
 * what remains to the hard end as a {@link Fit} says, under the same rules as the plan, and
 * {@link #carryOver} carries the last speakers over to the next meeting of a series.
 *
 * <p>Every call is logged as a {@link SittingEvent}; {@link #replay} rebuilds the same sitting from
 * the log, and refuses a corrupt or out-of-order log naming the event. A sitting is mutable and
 * thread-safe: its methods are synchronized, and {@link #now()} returns an immutable {@link Moment}.
 *
 * <pre>{@code
 * Sitting sitting = Sitting.start(plan, rules, clock);
 * sitting.began("opening-remarks");
 * sitting.now().timeLeft();
 * sitting.replan(Fit.shortenThenWaitList(Duration.ofMinutes(2)));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Sitting {

  private static final String RULE = "sitting";

  private final Clock clock;
  private final ZoneId zone;
  private final RuleSet rules;
  private Plan plan;
  private final List<SittingEvent> log = new ArrayList<>();
  private final Map<String, Instant> began = new LinkedHashMap<>();
  private final Map<String, Instant> ended = new HashMap<>();
  private final Set<String> added = new HashSet<>();
  private final Set<String> unmovable = new HashSet<>();
  private final Map<String, Slot> finished = new HashMap<>();
  private final Map<String, Duration> extra = new HashMap<>();
  private final Set<String> replies = new HashSet<>();
  private String current;
  private Instant pausedSince;
  private Duration pausedFor = Duration.ZERO;
  private int counter;

  private Sitting(Plan plan, RuleSet rules, Clock clock) {
    this.plan = plan;
    this.rules = rules;
    this.clock = clock;
    this.zone = plan.plenary().venue().zone();
  }

  /**
   * Opens a sitting of {@code plan}, planned under {@code rules}, now, as {@code clock} tells. Its
   * re-plans resolve the same rules for what remains.
   */
  public static Sitting start(Plan plan, RuleSet rules, Clock clock) {
    Sitting s = new Sitting(requireNonNull(plan, "plan"), requireNonNull(rules, "rules"),
        requireNonNull(clock, "clock"));
    s.record(event(SittingEvent.Kind.STARTED, clock.instant()).build());
    return s;
  }

  /**
   * Rebuilds a sitting of {@code plan} under {@code rules} from its log; {@code clock} answers
   * {@link #now()} afterwards.
   *
   * @throws IllegalArgumentException naming the first event that is out of order or does not fit
   */
  public static Sitting replay(Plan plan, RuleSet rules, List<SittingEvent> events, Clock clock) {
    requireNonNull(events, "events");
    Sitting s = new Sitting(requireNonNull(plan, "plan"), requireNonNull(rules, "rules"),
        requireNonNull(clock, "clock"));
    for (SittingEvent e : events) {
      s.record(requireNonNull(e, "event"));
    }
    return s;
  }

  /** The plan as it stands: additions, skips and re-plans included. */
  public synchronized Plan plan() {
    return plan;
  }

  /** Every event so far, in order. */
  public synchronized List<SittingEvent> log() {
    return List.copyOf(log);
  }

  /**
   * {@code id} takes the floor now; whoever was speaking is taken to have ended. Refused, with nothing
   * recorded, while the sitting is paused or if {@code id} has spoken or is not in the plan.
   */
  public synchronized Sitting began(String id) {
    Instant at = clock.instant();
    SittingEvent begin = event(SittingEvent.Kind.BEGAN, at).subject(requireNonNull(id, "id")).build();
    int n = log.size() + (current != null ? 2 : 1);
    refuseToBegin(n, begin, id);
    if (current != null) {
      record(event(SittingEvent.Kind.ENDED, at).subject(current).build());
    }
    record(begin);
    return this;
  }

  /** {@code id}, who is speaking, ends now. */
  public synchronized Sitting ended(String id) {
    record(event(SittingEvent.Kind.ENDED, clock.instant()).subject(requireNonNull(id, "id")).build());
    return this;
  }

  /** {@code id} was called and is not in the room: it goes to the waiting list. */
  public synchronized Sitting skipped(String id) {
    record(event(SittingEvent.Kind.SKIPPED, clock.instant()).subject(requireNonNull(id, "id")).build());
    return this;
  }

  /**
   * {@code id} was called and is not in the room: it goes to the end of the list of its segment, after
   * the last speaker still to come there and before the rights of reply that close it.
   */
  public synchronized Sitting movedToEnd(String id) {
    record(event(SittingEvent.Kind.MOVED_TO_END, clock.instant()).subject(requireNonNull(id, "id")).build());
    return this;
  }

  /**
   * The chair pauses the sitting now: the current speaker's time stands still, and nobody takes the
   * floor until {@link #resumed()}.
   */
  public synchronized Sitting paused() {
    record(event(SittingEvent.Kind.PAUSED, clock.instant()).build());
    return this;
  }

  /** The chair resumes the sitting after {@link #paused()}: the current speaker's time runs again. */
  public synchronized Sitting resumed() {
    record(event(SittingEvent.Kind.RESUMED, clock.instant()).build());
    return this;
  }

  /** The chair gives {@code id}, who is speaking, {@code more} time; the plan's allotment stays as planned. */
  public synchronized Sitting timeAdded(String id, Duration more) {
    record(event(SittingEvent.Kind.TIME_ADDED, clock.instant()).subject(requireNonNull(id, "id"))
        .duration(requireNonNull(more, "more")).build());
    return this;
  }

  /** Adds {@code intervention} from the floor at the end of segment {@code segment}. */
  public synchronized Sitting addFromTheFloor(Intervention intervention, String segment) {
    record(event(SittingEvent.Kind.ADDED, clock.instant()).intervention(requireNonNull(intervention, "intervention"))
        .segment(requireNonNull(segment, "segment")).build());
    return this;
  }

  /** A point of order by {@code speaker}, expected to take {@code estimate}: dealt with next; returns its id. */
  public synchronized String pointOfOrder(Speaker speaker, Duration estimate) {
    String id = "point-of-order-" + (++counter);
    record(event(SittingEvent.Kind.POINT_OF_ORDER, clock.instant())
        .intervention(Intervention.builder().id(id).speaker(requireNonNull(speaker, "speaker"))
            .duration(requireNonNull(estimate, "estimate")).build()).build());
    return id;
  }

  /** A right of reply for {@code speaker}, at the end of segment {@code segment}; returns its id. */
  public synchronized String rightOfReply(Speaker speaker, Duration length, String segment) {
    String id = "right-of-reply-" + (++counter);
    record(event(SittingEvent.Kind.RIGHT_OF_REPLY, clock.instant())
        .intervention(Intervention.builder().id(id).speaker(requireNonNull(speaker, "speaker"))
            .duration(requireNonNull(length, "length")).build())
        .segment(requireNonNull(segment, "segment")).build());
    return id;
  }

  /** The sitting now: what is done, who speaks, what is next, the projected end. */
  public synchronized Moment now() {
    Instant at = clock.instant();
    List<Moment.Done> done = new ArrayList<>();
    for (Map.Entry<String, Instant> e : began.entrySet()) {
      Instant end = ended.get(e.getKey());
      if (end != null) {
        done.add(new Moment.Done(finished.get(e.getKey()), e.getValue().atZone(zone), end.atZone(zone)));
      }
    }
    Optional<Slot> speaking = current == null ? Optional.empty() : plan.slot(current);
    return new Moment(at.atZone(zone), done, speaking,
        Optional.ofNullable(current).map(c -> began.get(c).atZone(zone)),
        Optional.ofNullable(current).map(c -> Duration.between(at, due(at))),
        Optional.ofNullable(pausedSince).map(p -> p.atZone(zone)), remainingSlots(),
        projectedEnd(at).atZone(zone), plan.plenary().hardEnd().atZone(zone));
  }

  /**
   * Re-plans what remains so that the sitting ends by its hard end, fitting it as {@code fit} says
   * (wait-list the last, shorten in proportion, or shorten then wait-list those who still do not
   * fit), under the same rules: reserves, segments' allotments and caps still hold, fixed items,
   * points of order and rights of reply are never touched, and nothing is reordered. Returns the new
   * plan: its findings are the lines of the rules, anew for those whose capacities and reserves the
   * re-plan applied, then what the re-plan changed and whether the end is met. Its decisions are
   * made by {@code replan.wait-list}, {@code replan.shorten} or {@code replan.shorten-then-wait-list}.
   */
  public synchronized Plan replan(Fit fit) {
    requireNonNull(fit, "fit");
    return replan(switch (Fitting.of(fit).policy()) {
      case WAIT_LIST -> "replan.wait-list";
      case SHORTEN -> "replan.shorten";
      case SHORTEN_THEN_WAIT_LIST -> "replan.shorten-then-wait-list";
    }, fit, Optional.empty());
  }

  /**
   * Re-plans what remains as {@link #replan} does, carrying the last speakers in order over to the
   * next meeting of a series, named {@code meeting} as readers know it, until the rest fits;
   * {@link org.plenary.core.planner.Planner#replan} then plans them there. For a meeting of a {@link
   * org.plenary.core.agenda.Series}: {@code carryOver(series.name(i + 1))}. Its decisions are made
   * by {@code replan.carry-over}.
   */
  public synchronized Plan carryOver(LocalizedText meeting) {
    requireNonNull(meeting, "meeting");
    return replan("replan.carry-over", Fit.waitList(), Optional.of(meeting));
  }

  private Plan replan(String by, Fit fit, Optional<LocalizedText> carriedTo) {
    Instant at = clock.instant();
    Book book = Book.of(plan.plenary(), rules.rules());
    List<Slot> remaining = remainingSlots();
    Refit.Result refit = Refit.fit(book, plan, remaining, this::movable, entered(), opens(at),
        by, Messages.CORE.text("replan.name"), fit);
    List<SittingEvent> events = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    LocalizedText reason = Messages.CORE.text("sitting.reason");
    for (Refit.Change c : refit.changes()) {
      Slot s = plan.slot(c.id()).orElseThrow();
      Decision.Kind kind = switch (c.decision().kind()) {
        case SHORTENED, KEPT -> c.decision().kind();
        default -> carriedTo.isPresent() ? Decision.Kind.CARRIED_OVER : Decision.Kind.WAIT_LISTED;
      };
      LocalizedText why = kind == Decision.Kind.CARRIED_OVER
          ? Messages.CORE.text("series.carried-live", carriedTo.orElseThrow())
          : c.decision().message();
      SittingEvent.Builder e = event(SittingEvent.Kind.REPLANNED, at).subject(c.id())
          .decision(Decision.of(kind, c.decision().ruleId(), why));
      c.allotted().ifPresent(e::duration);
      events.add(e.build());
      if (kind == Decision.Kind.KEPT) {
        continue;
      }
      findings.add(Finding.builder().ruleId(by).severity(c.allotted().isPresent()
              ? Severity.INFO : Severity.WARNING).subject(c.id()).reason(reason)
          .message(Messages.CORE.text("sitting.change", s.intervention().speaker().delegation().name(), why))
          .build());
    }
    applyAll(events);
    Instant end = projectedEnd(at);
    if (!end.isAfter(plan.plenary().hardEnd())) {
      findings.add(Finding.builder().ruleId(by).severity(Severity.INFO).subject("sitting")
          .reason(reason).message(Messages.CORE.text("sitting.ok", Dates.clock(end.atZone(zone)),
              Dates.clock(plan.plenary().hardEnd().atZone(zone)))).build());
    } else {
      findings.add(Finding.builder().ruleId(by).severity(Severity.ERROR).subject("sitting")
          .reason(reason).message(Messages.CORE.text("sitting.over", Dates.clock(end.atZone(zone)),
              Durations.text(Duration.between(plan.plenary().hardEnd(), end)),
              Dates.clock(plan.plenary().hardEnd().atZone(zone))))
          .suggestion(Messages.CORE.text("sitting.over.fix")).build());
    }
    List<Finding> all = new ArrayList<>();
    for (Finding f : plan.findings()) {
      if (refit.keeps(f, book)) {
        all.add(f);
      }
    }
    all.addAll(refit.lines());
    all.addAll(findings);
    plan = Plan.builder().from(plan).findings(Checking.inPlanOrder(plan, all)).build();
    return plan;
  }

  private boolean movable(Slot s) {
    return !unmovable.contains(s.id()) && !s.intervention().fixed()
        && (s.request().isPresent() || added.contains(s.id()));
  }

  /** The segments entered so far: their gaps are behind. */
  private Set<String> entered() {
    Set<String> out = new HashSet<>();
    for (String id : began.keySet()) {
      out.add(finished.containsKey(id) ? finished.get(id).segment() : plan.slot(id).orElseThrow().segment());
    }
    return out;
  }

  /**
   * When the current speaker's time runs out, as it stands at {@code at}: their allotment, the time
   * added, and the pauses since they began, the one going on counted to {@code at}.
   */
  private Instant due(Instant at) {
    Duration stopped = pausedFor.plus(pausedSince == null ? Duration.ZERO : Duration.between(pausedSince, at));
    return began.get(current).plus(plan.slot(current).orElseThrow().allotted())
        .plus(extra.getOrDefault(current, Duration.ZERO)).plus(stopped);
  }

  /** When the floor is free for what remains: after the current speaker's time, or now. */
  private Instant opens(Instant at) {
    if (current != null) {
      Instant due = due(at);
      return due.isAfter(at) ? due : at;
    }
    Instant start = plan.plenary().startInstant();
    return began.isEmpty() && start.isAfter(at) ? start : at;
  }

  /** When what remains would end, one after the other, gaps included, from when the floor is free. */
  private Instant projectedEnd(Instant at) {
    Set<String> entered = entered();
    Instant end = opens(at);
    for (Slot s : remainingSlots()) {
      if (entered.add(s.segment())) {
        end = end.plus(plan.plenary().requiredSegment(s.segment()).gapBefore());
      }
      end = end.plus(s.allotted());
    }
    return end;
  }

  private List<Slot> remainingSlots() {
    List<Slot> out = new ArrayList<>();
    for (Slot s : plan.slots()) {
      if (!began.containsKey(s.id())) {
        out.add(s);
      }
    }
    return out;
  }

  private static SittingEvent.Builder event(SittingEvent.Kind kind, Instant at) {
    return SittingEvent.builder().kind(kind).at(at);
  }

  /** Applies {@code e} after checking that it fits the sitting as it stands, then logs it. */
  private void record(SittingEvent e) {
    int n = log.size() + 1;
    if (log.isEmpty() && e.kind() != SittingEvent.Kind.STARTED) {
      throw bad(n, e, "a log must begin with the sitting's start");
    }
    if (!log.isEmpty()) {
      if (e.kind() == SittingEvent.Kind.STARTED) {
        throw bad(n, e, "the sitting has already started");
      }
      if (e.at().isBefore(log.get(log.size() - 1).at())) {
        throw bad(n, e, "it is earlier than the event before it (" + log.get(log.size() - 1) + ")");
      }
    }
    switch (e.kind()) {
      case STARTED -> { }
      case BEGAN -> {
        String id = subject(n, e);
        if (current != null) {
          throw bad(n, e, "'" + current + "' is still speaking");
        }
        refuseToBegin(n, e, id);
        began.put(id, e.at());
        current = id;
        pausedFor = Duration.ZERO;
      }
      case PAUSED -> {
        if (pausedSince != null) {
          throw bad(n, e, "the sitting is already paused, since " + Dates.clock(pausedSince.atZone(zone)));
        }
        pausedSince = e.at();
      }
      case RESUMED -> {
        if (pausedSince == null) {
          throw bad(n, e, "the sitting is not paused");
        }
        if (current != null) {
          pausedFor = pausedFor.plus(Duration.between(pausedSince, e.at()));
        }
        pausedSince = null;
      }
      case TIME_ADDED -> {
        String id = subject(n, e);
        if (!id.equals(current)) {
          throw bad(n, e, "'" + id + "' is not speaking" + (current == null ? "" : "; '" + current + "' is"));
        }
        Duration d = e.duration().orElseThrow(() -> bad(n, e, "it carries no duration"));
        if (d.isNegative() || d.isZero()) {
          throw bad(n, e, "the time added (" + d + ") must be positive");
        }
        extra.merge(id, d, Duration::plus);
      }
      case MOVED_TO_END -> {
        String id = subject(n, e);
        slot(n, e, id);
        if (began.containsKey(id)) {
          throw bad(n, e, "'" + id + "' has already taken the floor");
        }
        toEndOfList(n, e, id);
      }
      case ENDED -> {
        String id = subject(n, e);
        if (!id.equals(current)) {
          throw bad(n, e, "'" + id + "' is not speaking" + (current == null ? "" : "; '" + current + "' is"));
        }
        ended.put(id, e.at());
        finished.put(id, slot(n, e, id));
        current = null;
      }
      case SKIPPED -> {
        String id = subject(n, e);
        Slot s = slot(n, e, id);
        if (began.containsKey(id)) {
          throw bad(n, e, "'" + id + "' has already taken the floor");
        }
        toWaitingList(s, Decision.of(Decision.Kind.WAIT_LISTED, RULE,
            Messages.CORE.text("sitting.skipped", Dates.clock(e.at().atZone(zone)))));
      }
      case ADDED, RIGHT_OF_REPLY -> {
        Intervention i = e.intervention().orElseThrow(() -> bad(n, e, "it carries no intervention"));
        String segment = e.segment().orElseThrow(() -> bad(n, e, "it names no segment"));
        insertAtEndOf(n, e, segment, i);
        (e.kind() == SittingEvent.Kind.ADDED ? added : unmovable).add(i.id());
        if (e.kind() == SittingEvent.Kind.RIGHT_OF_REPLY) {
          replies.add(i.id());
        }
      }
      case POINT_OF_ORDER -> {
        Intervention i = e.intervention().orElseThrow(() -> bad(n, e, "it carries no intervention"));
        insertNext(n, e, i);
        unmovable.add(i.id());
        counter = Math.max(counter, suffix(i.id()));
      }
      case REPLANNED -> replanned(n, e);
      default -> throw new AssertionError(e.kind());
    }
    if (e.kind() == SittingEvent.Kind.RIGHT_OF_REPLY) {
      counter = Math.max(counter, suffix(e.intervention().orElseThrow().id()));
    }
    log.add(e);
  }

  /** Applies event {@code n}, which a re-plan made: a shortening, a wait-listing or carry-over, or a speech kept. */
  private void replanned(int n, SittingEvent e) {
    String id = subject(n, e);
    Decision d = e.decision().orElseThrow();
    switch (d.kind()) {
      case SHORTENED -> {
        slot(n, e, id);
        Duration time = e.duration().orElseThrow(() -> bad(n, e, "it carries no duration"));
        try {
          plan = withSlots(plan, replaced(plan.slots(), id, decided(allotted(plan.slot(id).orElseThrow(), time), d)));
        } catch (IllegalArgumentException ex) {
          throw bad(n, e, ex.getMessage());
        }
      }
      case KEPT -> plan = withSlots(plan, replaced(plan.slots(), id, decided(slot(n, e, id), d)));
      default -> {
        Slot s = slot(n, e, id);
        if (began.containsKey(id)) {
          throw bad(n, e, "'" + id + "' has already taken the floor");
        }
        toWaitingList(s, d);
      }
    }
  }

  /**
   * Applies a re-plan's changes at once: the same checks and the same result as recording them one
   * by one, but the plan is rebuilt once rather than at every change.
   */
  private void applyAll(List<SittingEvent> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Map<String, SittingEvent> shortened = new HashMap<>();
    Map<String, SittingEvent> kept = new HashMap<>();
    Map<String, SittingEvent> moved = new LinkedHashMap<>();
    int n = log.size();
    for (SittingEvent e : changes) {
      n++;
      String id = subject(n, e);
      if (began.containsKey(id) || moved.containsKey(id) || plan.slot(id).isEmpty()) {
        throw bad(n, e, "'" + id + "' is not among the interventions still to come");
      }
      if (decision(e).kind() == Decision.Kind.SHORTENED) {
        final int at = n;
        e.duration().orElseThrow(() -> bad(at, e, "it carries no duration"));
        shortened.put(id, e);
      } else if (decision(e).kind() == Decision.Kind.KEPT) {
        kept.put(id, e);
      } else {
        moved.put(id, e);
      }
    }
    List<Slot> slots = new ArrayList<>(plan.slots().size());
    List<WaitingEntry> waiting = new ArrayList<>(plan.waitingList());
    for (Slot s : plan.slots()) {
      SittingEvent cut = shortened.get(s.id());
      Slot now = cut == null ? s : decided(allotted(s, cut.duration().orElseThrow()), decision(cut));
      SittingEvent held = kept.get(s.id());
      now = held == null ? now : decided(now, decision(held));
      SittingEvent out = moved.get(s.id());
      if (out == null) {
        slots.add(now);
      } else {
        waiting.add(waiting(now, decision(out)));
      }
    }
    plan = Plan.builder().from(plan).slots(slots).waitingList(waiting).build();
    log.addAll(changes);
  }

  private static List<Slot> replaced(List<Slot> slots, String id, Slot with) {
    List<Slot> out = new ArrayList<>(slots);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).id().equals(id)) {
        out.set(i, with);
      }
    }
    return out;
  }

  private void toWaitingList(Slot s, Decision decision) {
    List<Slot> slots = new ArrayList<>(plan.slots());
    slots.remove(s);
    List<WaitingEntry> waiting = new ArrayList<>(plan.waitingList());
    waiting.add(waiting(s, decision));
    plan = Plan.builder().from(plan).slots(slots).waitingList(waiting).build();
  }

  private static WaitingEntry waiting(Slot s, Decision decision) {
    List<Decision> decisions = new ArrayList<>(s.decisions());
    decisions.add(decision);
    return WaitingEntry.builder().segment(s.segment()).intervention(s.intervention()).request(s.request())
        .decisions(decisions).build();
  }

  /** The decision an event of a re-plan records. */
  private static Decision decision(SittingEvent e) {
    return e.decision().orElseThrow();
  }

  private static int suffix(String id) {
    try {
      return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  /** Refuses a {@link SittingEvent.Kind#BEGAN} of {@code id} while paused, twice, or out of the plan. */
  private void refuseToBegin(int n, SittingEvent e, String id) {
    if (pausedSince != null) {
      throw bad(n, e, "the sitting is paused, since " + Dates.clock(pausedSince.atZone(zone)) + ": resume it first");
    }
    if (began.containsKey(id)) {
      throw bad(n, e, "'" + id + "' has already spoken");
    }
    slot(n, e, id);
  }

  /** Moves {@code id} after the last slot of its segment still to come that is not a right of reply. */
  private void toEndOfList(int n, SittingEvent e, String id) {
    List<Slot> slots = new ArrayList<>(plan.slots());
    int from = -1;
    for (int k = 0; k < slots.size(); k++) {
      if (slots.get(k).id().equals(id)) {
        from = k;
      }
    }
    Slot moving = slots.remove(from);
    int to = from;
    for (int k = from; k < slots.size() && slots.get(k).segment().equals(moving.segment()); k++) {
      if (!replies.contains(slots.get(k).id())) {
        to = k + 1;
      }
    }
    slots.add(to, decided(moving, Decision.of(Decision.Kind.ORDERED, RULE,
        Messages.CORE.text("sitting.moved-to-end", Dates.clock(e.at().atZone(zone))))));
    try {
      plan = withSlots(plan, slots);
    } catch (IllegalArgumentException ex) {
      throw bad(n, e, ex.getMessage());
    }
  }

  private void insertAtEndOf(int n, SittingEvent e, String segment, Intervention i) {
    if (plan.plenary().segment(segment).isEmpty()) {
      throw bad(n, e, "segment '" + segment + "' does not exist");
    }
    List<String> order = plan.plenary().segmentIds();
    int at = plan.slots().size();
    for (int k = 0; k < plan.slots().size(); k++) {
      if (order.indexOf(plan.slots().get(k).segment()) > order.indexOf(segment)) {
        at = k;
        break;
      }
    }
    insert(n, e, at, Slot.of(segment, i, i.duration(), Optional.empty(), List.of()));
  }

  private void insertNext(int n, SittingEvent e, Intervention i) {
    List<Slot> slots = plan.slots();
    int at = slots.size();
    for (int k = 0; k < slots.size(); k++) {
      if (!began.containsKey(slots.get(k).id())) {
        at = k;
        break;
      }
    }
    String segment = current != null ? plan.slot(current).orElseThrow().segment()
        : at < slots.size() ? slots.get(at).segment()
        : plan.plenary().segments().get(plan.plenary().segments().size() - 1).id();
    insert(n, e, at, Slot.of(segment, i, i.duration(), Optional.empty(), List.of()));
  }

  private void insert(int n, SittingEvent e, int at, Slot slot) {
    List<Slot> slots = new ArrayList<>(plan.slots());
    slots.add(at, slot);
    try {
      plan = withSlots(plan, slots);
    } catch (IllegalArgumentException ex) {
      throw bad(n, e, ex.getMessage());
    }
  }

  private Slot slot(int n, SittingEvent e, String id) {
    return plan.slot(id).orElseGet(() -> Optional.ofNullable(finished.get(id))
        .orElseThrow(() -> bad(n, e, "'" + id + "' is not in the plan")));
  }

  private static String subject(int n, SittingEvent e) {
    return e.subject().orElseThrow(() -> bad(n, e, "it names no intervention"));
  }

  private static IllegalArgumentException bad(int n, SittingEvent e, String problem) {
    return new IllegalArgumentException("event " + n + " (" + e + "): " + problem);
  }

  /** {@code plan} with {@code slots} in place of its own. */
  private static Plan withSlots(Plan plan, List<Slot> slots) {
    return Plan.builder().from(plan).slots(slots).build();
  }

  /** {@code s} with the allotment {@code d}. */
  private static Slot allotted(Slot s, Duration d) {
    return Slot.of(s.segment(), s.intervention(), d, s.request(), s.decisions());
  }

  /** {@code s} with {@code decision} after those it has. */
  private static Slot decided(Slot s, Decision decision) {
    List<Decision> decisions = new ArrayList<>(s.decisions());
    decisions.add(decision);
    return Slot.of(s.segment(), s.intervention(), s.allotted(), s.request(), decisions);
  }

  @Override
  public synchronized String toString() {
    return "Sitting of \"" + plan.plenary().title().english() + "\": " + now();
  }
}
