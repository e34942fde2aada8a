package org.plenary.examples.room;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.sitting.Moment;
import org.plenary.core.sitting.Sitting;
import org.plenary.core.sitting.SittingEvent;

/**
 * A sitting as the room serves it: the {@link Sitting}, its log on disk, the chair's actions, and
 * its state in each language as the display reads it. The log is the truth: a room opened on a log
 * that exists replays it and goes on; every action that changes the sitting is written to the log,
 * durably, before {@link #act} returns, and an action the sitting refuses, or whose log could not be
 * written, leaves the sitting as it was. Its {@link #version()} is the number of events in the log.
 * Thread-safe: actions are taken one at a time, and readers wait with {@link #await} for a change.
 *
 * <pre>{@code
 * Room room = Room.open(plan, rules, Fit.shortenThenWaitList(Duration.ofMinutes(2)), clock,
 *     Optional.of(Path.of("sitting.json")), 1);
 * room.act(Action.of("next"));
 * }</pre>
 */
public final class Room {

  /** The state as the display reads it, in one language, at one version. */
  record Snapshot(long version, String json, long renderedAt) {}

  /**
   * The last change: the events after version {@code from} up to {@code version}, as a JSON array,
   * and the message of the event stream that carries them, rendered once per language for every
   * client that was at {@code from}.
   */
  record Change(long from, long version, String events, Map<Locale, byte[]> messages) {}

  /**
   * How long a rendered state may be sent again, in nanoseconds of the machine's clock at speed 1: the
   * display counts from the state's instant, so a state sent again is behind by its age times the
   * speed, which this bounds to 200 ms of the sitting's time whatever the speed.
   */
  private static final long FRESH = Duration.ofMillis(200).toNanos();

  private final Plan plan;
  private final RuleSet rules;
  private final Fit fit;
  private final Clock clock;
  private final double speed;
  private final Optional<LogFile> file;
  private final Object signal = new Object();
  private final List<String> events = new ArrayList<>();
  private final Map<Locale, Snapshot> snapshots = new HashMap<>();
  private Sitting sitting;
  private volatile long version;
  private volatile Change latest;
  private long wakes;

  private Room(Plan plan, RuleSet rules, Fit fit, Clock clock, double speed,
      Optional<LogFile> file, Sitting sitting) {
    this.plan = plan;
    this.rules = rules;
    this.fit = fit;
    this.clock = clock;
    this.speed = speed;
    this.file = file;
    this.sitting = sitting;
    appendEvents(sitting.log(), 0);
  }

  /**
   * Opens the room of {@code plan}, planned under {@code rules}: replays the log at {@code log} if
   * there is one, or else starts the sitting now and writes its first event there. {@code fit}
   * is how {@code replan} fits the rest; {@code speed} tells the display how many seconds of
   * {@code clock} pass in a second (1, unless a demonstration runs faster).
   *
   * @throws IOException if the log cannot be read or written, or is not the log of a sitting of this
   *     plan (the message names the event or the place)
   */
  public static Room open(Plan plan, RuleSet rules, Fit fit, Clock clock, Optional<Path> log,
      double speed) throws IOException {
    check(plan, rules, fit, clock, speed);
    Optional<LogFile> file = requireNonNull(log, "log").map(LogFile::at);
    return open(plan, rules, fit, clock, file, file.isPresent() ? file.get().read() : Optional.empty(), speed);
  }

  /** Opens the room as {@link #open(Plan, RuleSet, Fit, Clock, Optional, double)}, the log already read. */
  static Room open(Plan plan, RuleSet rules, Fit fit, Clock clock, Optional<LogFile> file,
      Optional<List<SittingEvent>> logged, double speed) throws IOException {
    check(plan, rules, fit, clock, speed);
    if (file.isEmpty() && logged.isPresent()) {
      throw new IllegalArgumentException("a log was read (" + logged.get().size() + " events) but no log file is given");
    }
    Sitting sitting;
    if (logged.isPresent()) {
      try {
        sitting = Sitting.replay(plan, rules, logged.get(), clock);
      } catch (IllegalArgumentException e) {
        throw new IOException(file.get().path() + " is not a log of this plan's sitting: " + e.getMessage(), e);
      }
    } else {
      sitting = Sitting.start(plan, rules, clock);
      if (file.isPresent()) {
        file.get().write(sitting.log());
      }
    }
    return new Room(plan, rules, fit, clock, speed, file, sitting);
  }

  private static void check(Plan plan, RuleSet rules, Fit fit, Clock clock, double speed) {
    requireNonNull(plan, "plan");
    requireNonNull(rules, "rules");
    requireNonNull(fit, "fit");
    requireNonNull(clock, "clock");
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed (" + speed + ") must be positive");
    }
  }

  /** The number of events in the log: it grows with every change. */
  public long version() {
    return version;
  }

  /** The sitting now. */
  public synchronized Moment now() {
    return sitting.now();
  }

  /** The log so far. */
  public synchronized List<SittingEvent> log() {
    return sitting.log();
  }

  /** The plan as it stands. */
  public synchronized Plan plan() {
    return sitting.plan();
  }

  /** Where the log is written, if it is. */
  public Optional<Path> logFile() {
    return file.map(LogFile::path);
  }

  /**
   * Takes {@code action}; returns the version after it, once its events are on disk.
   *
   * @throws Refusal naming why the sitting refused it, or why the log could not be written; either
   *     way the sitting is as it was
   */
  synchronized long act(Action action) throws Refusal {
    int before = sitting.log().size();
    Moment then = sitting.now();
    try {
      apply(requireNonNull(action, "action"));
    } catch (IllegalArgumentException e) {
      throw refusal(action, then, reason(e));
    }
    List<SittingEvent> log = sitting.log();
    if (log.size() == before) {
      return version;
    }
    if (file.isPresent()) {
      try {
        file.get().write(log);
      } catch (IOException e) {
        sitting = Sitting.replay(plan, rules, log.subList(0, before), clock);
        throw new Refusal(503, "the log could not be written (" + e + "); nothing changed");
      }
    }
    appendEvents(log, before);
    snapshots.clear();
    latest = new Change(before, version, events(before, version), new java.util.concurrent.ConcurrentHashMap<>());
    synchronized (signal) {
      signal.notifyAll();
    }
    return version;
  }

  private void apply(Action a) throws Refusal {
    Moment now = sitting.now();
    switch (a.name()) {
      case "next" -> sitting.began(a.speaker().orElseGet(() -> first(now)));
      case "end" -> sitting.ended(current(now));
      case "pause" -> sitting.paused();
      case "resume" -> sitting.resumed();
      case "add-time" -> sitting.timeAdded(current(now), Duration.ofSeconds(a.seconds().orElseThrow()));
      case "absent" -> {
        String who = a.speaker().orElseGet(() -> first(now));
        if (a.then().orElseThrow().equals("skip")) {
          sitting.skipped(who);
        } else {
          sitting.movedToEnd(who);
        }
      }
      case "point-of-order" -> sitting.pointOfOrder(speakerOf(a.delegation().orElseThrow()),
          Duration.ofSeconds(a.seconds().orElse(60)));
      case "right-of-reply" -> {
        String segment = a.segment().orElseGet(() -> now.current().or(now::next).map(Slot::segment)
            .orElse(plan.plenary().segmentIds().get(plan.plenary().segmentIds().size() - 1)));
        if (plan.plenary().segment(segment).isEmpty()) {
          throw Refusal.bad("'segment' \"" + Texts.oneLine(segment) + "\" is not one of " + plan.plenary().segmentIds());
        }
        sitting.rightOfReply(speakerOf(a.delegation().orElseThrow()), Duration.ofSeconds(a.seconds().orElse(180)),
            segment);
      }
      case "replan" -> sitting.replan(fit);
      default -> throw Refusal.bad("'action' \"" + Texts.oneLine(a.name()) + "\" is not one of " + Action.NAMES);
    }
  }

  private static String first(Moment now) {
    if (now.remaining().isEmpty()) {
      throw new IllegalArgumentException("nobody is left on the list of speakers");
    }
    return now.remaining().get(0).id();
  }

  private static String current(Moment now) {
    return now.current().map(Slot::id)
        .orElseThrow(() -> new IllegalArgumentException("nobody has the floor"));
  }

  private Speaker speakerOf(String delegation) throws Refusal {
    Delegation d = delegations().get(delegation);
    if (d == null) {
      throw Refusal.bad("'delegation' \"" + Texts.oneLine(delegation) + "\" is not a delegation of this plenary");
    }
    return Speaker.of(d);
  }

  /** The delegations of the plenary, by id: those on the list, waiting, or who have spoken. */
  synchronized Map<String, Delegation> delegations() {
    Map<String, Delegation> out = new LinkedHashMap<>();
    List<Intervention> all = new ArrayList<>();
    sitting.now().done().forEach(d -> all.add(d.slot().intervention()));
    sitting.plan().slots().forEach(s -> all.add(s.intervention()));
    sitting.plan().waitingList().stream().map(WaitingEntry::intervention).forEach(all::add);
    for (Intervention i : all) {
      out.putIfAbsent(i.speaker().delegation().id(), i.speaker().delegation());
      i.onBehalfOf().ifPresent(d -> out.putIfAbsent(d.id(), d));
    }
    return out;
  }

  /** The delegations sorted by their names in {@code language}, as the console lists them. */
  List<Delegation> delegations(Locale language) {
    Collator collator = Collator.getInstance(language);
    List<Delegation> out = new ArrayList<>(delegations().values());
    out.sort(Comparator.comparing(d -> d.name().in(language), collator));
    return out;
  }

  /** The sitting's reason for refusing, without the event's number and echo, which the chair did not send. */
  /**
   * The sitting's refusal of {@code a}, with words for the chair in every language where the state
   * before it says why (paused, not paused, nobody speaking, nobody left); otherwise the sitting's own.
   */
  private Refusal refusal(Action a, Moment then, String reason) {
    Optional<String> since = then.pausedSince().map(i -> java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
        .format(i.withZoneSameInstant(plan.plenary().venue().zone())));
    String name = a.name();
    if (name.equals("pause") && since.isPresent()) {
      return Refusal.conflict(reason, "already-paused", since.get());
    }
    if (name.equals("resume") && since.isEmpty()) {
      return Refusal.conflict(reason, "not-paused");
    }
    if (since.isPresent() && !name.equals("resume")) {
      return Refusal.conflict(reason, "paused", since.get());
    }
    if ((name.equals("end") || name.equals("add-time")) && then.current().isEmpty()) {
      return Refusal.conflict(reason, "nobody-speaks");
    }
    if ((name.equals("next") || name.equals("absent")) && a.speaker().isEmpty() && then.remaining().isEmpty()) {
      return Refusal.conflict(reason, "nobody-left");
    }
    return Refusal.conflict(reason);
  }

  private static String reason(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    return m.replaceFirst("^event \\d+ \\(.*?\\): ", "");
  }

  private void appendEvents(List<SittingEvent> log, int from) {
    for (int i = from; i < log.size(); i++) {
      events.add(StateJson.event(i + 1, log.get(i)));
    }
    version = log.size();
  }

  /** The state in {@code language} now, as {@code GET /state} gives it. */
  synchronized Snapshot state(Locale language) {
    return new Snapshot(version, StateJson.state(sitting, plan.plenary(), Texts.of(language), version, speed),
        System.nanoTime());
  }

  /**
   * The state in {@code language} at the latest version, rendered once for every client woken by
   * the same change, and again when it is no longer fresh.
   */
  synchronized Snapshot snapshot(Locale language) {
    Snapshot s = snapshots.get(language);
    if (s == null || s.version() != version || System.nanoTime() - s.renderedAt() > FRESH / Math.max(1, speed)) {
      s = state(language);
      snapshots.put(language, s);
    }
    return s;
  }

  /** The last change, if any since the room opened. */
  Optional<Change> latest() {
    return Optional.ofNullable(latest);
  }

  /** The events after version {@code after} up to {@code upTo}, as a JSON array. */
  synchronized String events(long after, long upTo) {
    int from = (int) Math.max(0, Math.min(after, events.size()));
    int to = (int) Math.max(from, Math.min(upTo, events.size()));
    return "[" + String.join(",", events.subList(from, to)) + "]";
  }

  /**
   * Waits up to {@code millis} for a version after {@code known}; returns the version then, which is
   * {@code known} if nothing changed in time or {@link #wake} was called.
   */
  long await(long known, long millis) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofMillis(millis).toNanos();
    synchronized (signal) {
      long woken = wakes;
      while (version == known && wakes == woken) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          break;
        }
        signal.wait(Math.max(1, left / 1_000_000));
      }
    }
    return version;
  }

  /** Wakes every reader waiting in {@link #await}, as a server that stops does. */
  void wake() {
    synchronized (signal) {
      wakes++;
      signal.notifyAll();
    }
  }

  @Override
  public String toString() {
    return "Room[version " + version + file.map(f -> ", log " + f.path()).orElse("") + ": " + now() + "]";
  }
}
