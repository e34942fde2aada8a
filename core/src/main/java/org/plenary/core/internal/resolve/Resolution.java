package org.plenary.core.internal.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Judgement;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Finding;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * The resolution of every declaration of a {@link Book} at once into a plan: admit, order, allot,
 * fit. Each kind of declaration applies itself to this working storage and records what it did; the
 * plan's findings are those records, never a second reading of the plan. The programme's items are
 * numbered first, segment after segment, then the requests in the order given; every working array
 * is indexed by that number. Not thread-safe: one plan.
 */
public final class Resolution {

  final Book book;
  final Plenary plenary;
  final List<Segment> segments;
  final Report report;
  final Records records = new Records();
  final int programmeCount;
  final int total;
  final Speech[] speech;
  final int[] segmentOf;
  /** Whether scopes select each speech, each condition asked once for each value it reads. */
  final Selecting selecting;
  /** The number of each segment's first programme item. */
  final int[] firstOf;
  /** Each segment's requests, in the order given. */
  final int[][] requestsOf;
  /** Where each request stands among its segment's requests. */
  private final int[] indexOf;
  /** The strongest verdict on each request; null for a plain admission. */
  private final Judgement.Kind[] verdict;
  /** The decisions of admission about each speech, or null. */
  private final Object[] decided;
  /** What each one-statement declaration compared. */
  final Map<OneStatement, boolean[]> compared = new IdentityHashMap<>();
  /** Each segment's requests in order, those kept out by admission last. */
  private final int[][] sorted;
  private final List<List<Orders.Component>> components;
  private final Pin[] pinnedBy;
  /** The keys the orders read of each segment's requests, until they are sorted. */
  private final Ordering.Reading[] readings;
  /** The time each request asks, in nanoseconds, read with the rest of it. */
  private final long[] asked;
  /**
   * Each speech's state, read in the order given once admission is done, so that the passes in plan
   * order read one small array: {@link #ADMITTED}, {@link #PINNED}, {@link #REFUSED}.
   */
  private byte[] state;
  private static final byte ADMITTED = 1;
  private static final byte PINNED = 2;
  private static final byte REFUSED = 4;
  /** The number of each pinned speech, by id: the programme is searched first. */
  private final Map<String, Integer> pinRefs = new HashMap<>();
  private final long[] allotted;
  private final Limit[] cutBy;
  private int[][] sequences;
  private int[] fitPosition;
  private Fitter.Result fit;
  private List<Capacity.Pool> pools;
  private List<Reserve.Hold> holds;
  /** Each segment's speeches in the plan, in order. */
  int[][] finalOrder;
  private final Ordering.Count ordered = new Ordering.Count();
  private final List<Pin.Collision> collisions = new ArrayList<>();

  private Resolution(Book book, Collection<RequestToSpeak> requests) {
    this.book = book;
    this.plenary = book.plenary();
    this.segments = plenary.segments();
    this.report = new Report(book);
    int count = 0;
    Map<String, Integer> positions = new HashMap<>();
    this.firstOf = new int[segments.size()];
    for (int s = 0; s < segments.size(); s++) {
      positions.put(segments.get(s).id(), s);
      firstOf[s] = count;
      count += segments.get(s).interventions().size();
    }
    this.programmeCount = count;
    this.total = count + requests.size();
    this.speech = new Speech[total];
    this.segmentOf = new int[total];
    this.selecting = new Selecting(speech);
    List<Scope> scopes = new ArrayList<>();
    for (List<? extends Decl> decls : List.of(book.admissions, book.oneStatements, book.orders, book.limits,
        book.capacities, book.reserves)) {
      for (Decl d : decls) {
        scopes.add(d.scope());
      }
    }
    selecting.readAhead(scopes);
    int k = 0;
    for (int s = 0; s < segments.size(); s++) {
      for (Intervention i : segments.get(s).interventions()) {
        speech[k] = i;
        segmentOf[k++] = s;
      }
    }
    int[] perSegment = new int[segments.size()];
    // A long list asks for a few segments, most often the one the request before asked for.
    String lastId = null;
    Integer at = null;
    for (RequestToSpeak r : requests) {
      requireNonNull(r, "request");
      String id = r.segment();
      if (!id.equals(lastId)) {
        at = positions.get(id);
        Segment segment = at == null ? plenary.requiredSegment(id) : segments.get(at);
        checkArgument(segment.takesRequests(),
            "request '%s' asks for segment '%s', which does not take requests", r.id(), id);
        lastId = id;
      }
      speech[k] = r;
      segmentOf[k++] = at;
      perSegment[at]++;
    }
    this.requestsOf = new int[segments.size()][];
    this.indexOf = new int[total];
    for (int s = 0; s < segments.size(); s++) {
      requestsOf[s] = new int[perSegment[s]];
      perSegment[s] = 0;
    }
    for (int ref = programmeCount; ref < total; ref++) {
      int s = segmentOf[ref];
      indexOf[ref] = perSegment[s];
      requestsOf[s][perSegment[s]++] = ref;
    }
    this.verdict = new Judgement.Kind[total];
    this.decided = new Object[total];
    this.sorted = new int[segments.size()][];
    this.components = new ArrayList<>(java.util.Collections.nCopies(segments.size(), List.of()));
    this.pinnedBy = new Pin[total];
    this.readings = new Ordering.Reading[segments.size()];
    this.asked = new long[total - programmeCount];
    this.allotted = new long[total];
    this.cutBy = new Limit[total];
  }

  /**
   * A plan, with the ids of the requests that no rule kept out but that did not fit: for want of
   * time or of places, or because what was left was held for others. These are who a series of
   * meetings carries over.
   */
  public static final class Planned {
    private final Plan plan;
    private final Speech[] speech;
    private final int[] unfitted;

    Planned(Plan plan, Speech[] speech, int[] unfitted) {
      this.plan = plan;
      this.speech = speech;
      this.unfitted = unfitted;
    }

    /** The plan. */
    public Plan plan() {
      return plan;
    }

    /** The ids of the requests that did not fit, in waiting-list order: read when asked, for a series. */
    public List<String> unfitted() {
      List<String> ids = new ArrayList<>(unfitted.length);
      for (int ref : unfitted) {
        ids.add(speech[ref].id());
      }
      return List.copyOf(ids);
    }
  }

  /**
   * The plan of {@code book}'s plenary with {@code requests}: every request ends in the plan or on
   * the waiting list, and every rule has its line.
   *
   * @throws IllegalArgumentException if a request's id is used twice or by the programme, or it asks
   *     for a segment that does not exist or does not take requests
   */
  public static Planned plan(Book book, Collection<RequestToSpeak> requests, Optional<Instant> plannedAt) {
    Resolution r = new Resolution(book, requireNonNull(requests, "requests"));
    r.read();
    OneStatement.apply(r);
    r.order();
    r.fitSequences();
    r.allot();
    r.fit();
    r.finalOrders();
    return r.build(plannedAt);
  }

  boolean isRequest(int ref) {
    return ref >= programmeCount;
  }

  /** Whether no admission keeps {@code ref} out. */
  boolean admitted(int ref) {
    Judgement.Kind v = verdict[ref];
    return v == null || v == Judgement.Kind.ADMIT || v == Judgement.Kind.ADMIT_LATE;
  }

  private boolean refused(int ref) {
    return verdict[ref] == Judgement.Kind.REFUSE;
  }

  /** Records {@code d} about {@code ref}, a verdict of {@code kind}: first if stronger than those before. */
  void decide(int ref, Decision d, Judgement.Kind kind) {
    Judgement.Kind before = verdict[ref] == null ? Judgement.Kind.ADMIT : verdict[ref];
    note(ref, d, kind.compareTo(before) > 0);
    if (kind.compareTo(before) > 0) {
      verdict[ref] = kind;
    }
  }

  /** Refuses {@code ref} for good, {@code d} first among its decisions. */
  void refuse(int ref, Decision d) {
    note(ref, d, true);
    verdict[ref] = Judgement.Kind.REFUSE;
  }

  @SuppressWarnings("unchecked")
  private void note(int ref, Decision d, boolean first) {
    List<Decision> list = (List<Decision>) decided[ref];
    if (list == null) {
      list = new ArrayList<>(2);
      decided[ref] = list;
    }
    list.add(first ? 0 : list.size(), d);
  }

  @SuppressWarnings("unchecked")
  private List<Decision> decided(int ref) {
    return decided[ref] == null ? List.of() : (List<Decision>) decided[ref];
  }

  /** 0 admitted, 1 admitted late, 2 kept out: the first key of every segment's order. */
  private long lateness(int ref) {
    Judgement.Kind v = verdict[ref];
    if (v == null || v == Judgement.Kind.ADMIT) {
      return 0;
    }
    return v == Judgement.Kind.ADMIT_LATE ? 1 : 2;
  }

  /**
   * Reads the requests once, in the order given, segment after segment: for each request, every
   * admission's verdict, every order's key, what the conditions on it read and the time it asks,
   * while what it holds is at hand. Then the verdicts are given, admission after admission, as if
   * each had read the list on its own; the keys wait for {@link #order}.
   */
  private void read() {
    Admission.Reading[] admissions = Admission.readings(this);
    for (int s = 0; s < segments.size(); s++) {
      int[] refs = requestsOf[s];
      Ordering.Reading keys = new Ordering.Reading(book, report, segments.get(s), refs.length);
      readings[s] = refs.length == 0 ? null : keys;
      for (int k = 0; k < refs.length; k++) {
        int ref = refs[k];
        for (Admission.Reading a : admissions) {
          a.read(s, ref);
        }
        RequestToSpeak q = (RequestToSpeak) speech[ref];
        keys.read(k, q);
        selecting.read(ref);
        asked[ref - programmeCount] = q.duration().toNanos();
      }
    }
    Admission.apply(this, admissions);
  }

  /** The time speech {@code ref} asks, in nanoseconds. */
  long asked(int ref) {
    return isRequest(ref) ? asked[ref - programmeCount] : speech[ref].duration().toNanos();
  }

  /** Sorts every segment's requests by the keys read, those kept out by admission last. */
  private void order() {
    for (int s = 0; s < segments.size(); s++) {
      int[] refs = requestsOf[s];
      if (refs.length == 0) {
        sorted[s] = refs;
        continue;
      }
      List<Orders.Component> comps = readings[s].components(lateness(refs));
      readings[s] = null;
      components.set(s, comps);
      sorted[s] = inOrder(refs, comps);
    }
  }

  private long[] lateness(int[] refs) {
    long[] late = new long[refs.length];
    for (int k = 0; k < refs.length; k++) {
      late[k] = lateness(refs[k]);
    }
    return late;
  }

  private List<Orders.Component> componentsOf(int s, int[] refs) {
    List<RequestToSpeak> requests = new AbstractList<>() {
      @Override
      public RequestToSpeak get(int k) {
        return (RequestToSpeak) speech[refs[k]];
      }

      @Override
      public int size() {
        return refs.length;
      }
    };
    return Ordering.components(book, report, segments.get(s), requests, lateness(refs));
  }

  private static int[] inOrder(int[] refs, List<Orders.Component> comps) {
    int[] order = Orders.sort(refs.length, comps);
    // The numbers rise: where a segment's requests came one after the other, each is the first's
    // number plus its place among them.
    if (refs[refs.length - 1] - refs[0] == refs.length - 1) {
      for (int k = 0; k < order.length; k++) {
        order[k] += refs[0];
      }
      return order;
    }
    int[] out = new int[refs.length];
    for (int k = 0; k < refs.length; k++) {
      out[k] = refs[order[k]];
    }
    return out;
  }

  /** Each segment's programme, then its admitted requests in order, with the fixed places kept. */
  private void fitSequences() {
    Map<String, Pin> pins = Pin.firsts(report.live(book.pins));
    for (int ref = 0; ref < total && pinRefs.size() < pins.size(); ref++) {
      Pin p = pins.get(speech[ref].id());
      if (p != null) {
        pinnedBy[ref] = p;
        pinRefs.put(p.id(), ref);
      }
    }
    state = new byte[total];
    for (int ref = 0; ref < total; ref++) {
      state[ref] = (byte) ((admitted(ref) ? ADMITTED : 0) | (pinnedBy[ref] != null ? PINNED : 0)
          | (refused(ref) ? REFUSED : 0));
    }
    sequences = new int[segments.size()][];
    for (int s = 0; s < segments.size(); s++) {
      int programme = segments.get(s).interventions().size();
      int[] others = new int[programme + sorted[s].length];
      List<Orders.Pinned> pinned = new ArrayList<>();
      int k = 0;
      for (int ref = firstOf[s]; ref < firstOf[s] + programme; ref++) {
        k = place(ref, pinned, others, k);
      }
      for (int ref : sorted[s]) {
        if ((state[ref] & ADMITTED) != 0) {
          k = place(ref, pinned, others, k);
        }
      }
      sequences[s] = Orders.pin(Arrays.copyOf(others, k), pinned, new ArrayList<>());
    }
  }

  private int place(int ref, List<Orders.Pinned> pinned, int[] others, int k) {
    if ((state[ref] & PINNED) != 0) {
      pinned.add(new Orders.Pinned(ref, pinnedBy[ref]));
      return k;
    }
    others[k] = ref;
    return k + 1;
  }

  /**
   * The time asked, cut to the shortest limit that selects the speech: each speech of a segment's
   * sequence on its own, so in the order given, where the speeches lie in memory as they came.
   */
  private void allot() {
    List<Limit> live = report.live(book.limits);
    for (int s = 0; s < segments.size(); s++) {
      Limit.allot(this, inputOrder(s), Limit.in(segments.get(s), live), allotted, cutBy);
    }
  }

  /** The speeches of segment {@code s}'s sequence in the order given: its programme, its admitted requests. */
  private int[] inputOrder(int s) {
    int[] out = new int[sequences[s].length];
    int k = 0;
    for (int ref = firstOf[s]; ref < firstOf[s] + segments.get(s).interventions().size(); ref++) {
      out[k++] = ref;
    }
    for (int ref : requestsOf[s]) {
      if (admitted(ref)) {
        out[k++] = ref;
      }
    }
    return out;
  }

  private void fit() {
    int n = 0;
    for (int[] s : sequences) {
      n += s.length;
    }
    int[] refOfItem = new int[n];
    Fitter.Items items = new Fitter.Items(n, i -> speech[refOfItem[i]]);
    items.selects = (scope, i) -> selecting.test(scope, refOfItem[i]);
    fitPosition = new int[total];
    Arrays.fill(fitPosition, -1);
    int k = 0;
    for (int s = 0; s < sequences.length; s++) {
      Segment segment = segments.get(s);
      for (int ref : sequences[s]) {
        fitPosition[ref] = k;
        refOfItem[k] = ref;
        items.segment[k] = segment;
        items.movable[k] = isRequest(ref);
        k++;
      }
    }
    // The time allotted is read in the order given, in one sweep: only the writes land in plan order.
    items.reading = new int[n];
    k = 0;
    for (int ref = 0; ref < total; ref++) {
      int at = fitPosition[ref];
      if (at >= 0) {
        items.reading[k++] = at;
        items.allotted[at] = allotted[ref];
      }
    }
    pools = Capacity.Pool.of(report.live(book.capacities), plenary);
    holds = new ArrayList<>();
    for (Reserve r : report.live(book.reserves)) {
      holds.add(new Reserve.Hold(r, r.size()));
    }
    fit = new Fitter(plenary).fit(items, pools, holds);
  }

  /** The speeches of each segment that fit, alternations computed again among them, places kept. */
  private void finalOrders() {
    finalOrder = new int[segments.size()][];
    // The sequences lie one after the other in the fit: the item of each speech is its place there.
    int item = 0;
    for (int s = 0; s < segments.size(); s++) {
      int[] sequence = sequences[s];
      List<Orders.Pinned> pinned = new ArrayList<>();
      int[] programme = new int[sequence.length];
      int[] requests = new int[sequence.length];
      int p = 0;
      int r = 0;
      for (int ref : sequence) {
        if (fit.blocked[item++] != null) {
          continue;
        }
        if ((state[ref] & PINNED) != 0) {
          pinned.add(new Orders.Pinned(ref, pinnedBy[ref]));
        } else if (isRequest(ref)) {
          requests[r++] = ref;
        } else {
          programme[p++] = ref;
        }
      }
      requests = Arrays.copyOf(requests, r);
      if (r > 0 && Ordering.alternates(book, report, segments.get(s))) {
        int[] byInput = requests.clone();
        Arrays.sort(byInput);
        requests = inOrder(byInput, componentsOf(s, byInput));
      }
      int[] others = Arrays.copyOf(programme, p + r);
      System.arraycopy(requests, 0, others, p, r);
      List<Orders.Collision> found = new ArrayList<>();
      finalOrder[s] = Orders.pin(others, pinned, found);
      Pin.collisions(segments.get(s).id(), found, i -> speech[i], collisions);
      if (sorted[s].length > 0) {
        ordered.add(components.get(s), r);
      }
    }
  }

  private Planned build(Optional<Instant> plannedAt) {
    Shared shared = new Shared();
    ImmutableList.Builder<Slot> slots = ImmutableList.builder();
    boolean[] planned = new boolean[total];
    for (int s = 0; s < segments.size(); s++) {
      int[] kept = finalOrder[s];
      List<List<Rule>> placers = placers(s, kept);
      for (int k = 0; k < kept.length; k++) {
        int ref = kept[k];
        planned[ref] = true;
        slots.add(slot(ref, placers.get(k), shared));
      }
    }
    Map<Integer, WaitingEntry> pinnedEntries = new HashMap<>();
    int requests = total - programmeCount;
    // The entries are made in the order given, where the requests lie in memory as they came, and
    // listed in waiting-list order: each segment's waiting in order, then those refused.
    WaitingEntry[] entries = new WaitingEntry[requests];
    for (int ref = programmeCount; ref < total; ref++) {
      Decision block = fitPosition[ref] >= 0 ? fit.blocked[fitPosition[ref]] : null;
      if ((state[ref] & ADMITTED) == 0 || block != null) {
        entries[ref - programmeCount] = entry(ref, block, shared);
      }
    }
    int[] unfitted = new int[requests];
    int u = 0;
    int[] refusedRefs = new int[16];
    ImmutableList.Builder<WaitingEntry> waiting = ImmutableList.builderWithExpectedSize(requests);
    for (int s = 0; s < segments.size(); s++) {
      int refusedCount = 0;
      for (int ref : sorted[s]) {
        WaitingEntry w = entries[ref - programmeCount];
        if (w == null) {
          continue;
        }
        if ((state[ref] & REFUSED) != 0) {
          if (refusedCount == refusedRefs.length) {
            refusedRefs = Arrays.copyOf(refusedRefs, refusedCount * 2);
          }
          refusedRefs[refusedCount++] = ref;
          continue;
        }
        u = list(ref, w, waiting, pinnedEntries, unfitted, u);
      }
      for (int i = 0; i < refusedCount; i++) {
        u = list(refusedRefs[i], entries[refusedRefs[i] - programmeCount], waiting, pinnedEntries, unfitted, u);
      }
    }
    List<Slot> slotList = slots.build();
    List<WaitingEntry> waitingList = waiting.build();
    record(planned, pinnedEntries);
    List<RuleSummary> summaries = summaries();
    List<Finding> findings = report.findings(plenary, slotList, waitingList, Map.of(), this::who);
    Plan plan;
    try {
      plan = Plan.of(plenary, slotList, waitingList, findings, summaries, plannedAt);
    } catch (IllegalArgumentException e) {
      throw usedTwice().orElse(e);
    }
    Map<Rule, List<Finding>> own = Report.own(book, plan);
    if (!own.isEmpty()) {
      plan = Plan.builder().from(plan)
          .findings(report.findings(plenary, slotList, waitingList, own, this::who)).build();
    }
    return new Planned(plan, speech, Arrays.copyOf(unfitted, u));
  }

  /** Lists {@code w}, the entry of {@code ref}; the next free place in {@code unfitted}. */
  private int list(int ref, WaitingEntry w, ImmutableList.Builder<WaitingEntry> waiting,
      Map<Integer, WaitingEntry> pinnedEntries, int[] unfitted, int u) {
    if ((state[ref] & PINNED) != 0) {
      pinnedEntries.put(ref, w);
    }
    waiting.add(w);
    if ((state[ref] & ADMITTED) != 0) {
      unfitted[u++] = ref;
    }
    return u;
  }

  /** For each speech {@code kept} of segment {@code s}, the rules whose orders placed it: requests only. */
  private List<List<Rule>> placers(int s, int[] kept) {
    int requests = 0;
    for (int ref : kept) {
      requests += isRequest(ref) ? 1 : 0;
    }
    if (requests == 0 || components.get(s).size() <= 1) {
      return java.util.Collections.nCopies(kept.length, List.of());
    }
    int[] ks = new int[requests];
    int j = 0;
    for (int ref : kept) {
      if (isRequest(ref)) {
        ks[j++] = indexOf[ref];
      }
    }
    List<List<Rule>> byRequest = Ordering.placers(components.get(s), ks);
    List<List<Rule>> out = new ArrayList<>(kept.length);
    j = 0;
    for (int ref : kept) {
      out.add(isRequest(ref) ? byRequest.get(j++) : List.of());
    }
    return out;
  }

  /** Every kind's record of what it did, in the order the kinds apply. */
  private void record(boolean[] planned, Map<Integer, WaitingEntry> pinnedEntries) {
    Checking.unknownSegments(book, report);
    OneStatement.record(this, records);
    ordered.into(records);
    book.sequence.warn(report, plenary);
    Pin.record(report, records, id -> {
      Integer ref = pinRefs.get(id);
      return ref == null ? null : pinnedEntries.get(ref);
    }, id -> {
      Integer ref = pinRefs.get(id);
      return ref != null && planned[ref];
    }, this::who, collisions);
    Limit.record(this, records);
    Capacity.record(pools, plenary, report, records);
    Reserve.record(holds, plenary, report, records);
    records.into(report);
  }

  /**
   * The error for a request id used twice or by the programme, if one is: the plan, which holds every
   * speech once, refuses such ids, and this names the request.
   */
  private Optional<IllegalArgumentException> usedTwice() {
    Set<String> ids = new HashSet<>();
    for (Speech s : speech) {
      if (!ids.add(s.id())) {
        return Optional.of(new IllegalArgumentException("request id '" + s.id()
            + "' is used twice, or by the programme"));
      }
    }
    return Optional.empty();
  }

  /** The number of the speech {@code id}, or -1: a scan, for the few ids findings name. */
  private int refOf(String id) {
    for (int ref = 0; ref < total; ref++) {
      if (speech[ref].id().equals(id)) {
        return ref;
      }
    }
    return -1;
  }

  private LocalizedText who(String id) {
    int ref = refOf(id);
    return ref < 0 ? LocalizedText.of(id) : Words.who(speech[ref]);
  }

  private Slot slot(int ref, List<Rule> placers, Shared shared) {
    List<Decision> ds = new ArrayList<>(4);
    ds.addAll(decided(ref));
    for (Rule rule : placers) {
      ds.add(shared.placed(rule));
    }
    if (pinnedBy[ref] != null) {
      ds.add(shared.pinned(pinnedBy[ref]));
    }
    if (cutBy[ref] != null) {
      ds.add(shared.cuts.of(cutBy[ref], speech[ref].duration()));
    }
    int at = fitPosition[ref];
    Decision[] notes = fit.notes(at);
    if (notes != null) {
      ds.addAll(Arrays.asList(notes));
    }
    Intervention i = isRequest(ref) ? ((RequestToSpeak) speech[ref]).toIntervention() : (Intervention) speech[ref];
    Optional<RequestToSpeak> request = isRequest(ref) ? Optional.of((RequestToSpeak) speech[ref]) : Optional.empty();
    return Slot.of(segments.get(segmentOf[ref]).id(), i, Duration.ofNanos(fit.allotted[at]), request,
        shared.list(ds));
  }

  private WaitingEntry entry(int ref, Decision block, Shared shared) {
    List<Decision> adm = decided(ref);
    List<Decision> ds;
    if (block == null) {
      ds = shared.list(adm);
    } else if (adm.isEmpty()) {
      ds = shared.list(block);
    } else {
      List<Decision> both = new ArrayList<>(adm);
      both.add(block);
      ds = shared.list(both);
    }
    return WaitingEntry.of(segments.get(segmentOf[ref]).id(), speech[ref], ds);
  }

  /**
   * What the plan records of each rule. A rule's description of the plenary is asked for when first
   * read, as the other texts are: most plans are never described; a rule whose description throws
   * reads as its name.
   */
  private List<RuleSummary> summaries() {
    List<RuleSummary> out = new ArrayList<>(book.rules().size());
    for (Rule rule : book.rules()) {
      LocalizedText name = rule.name();
      out.add(RuleSummary.of(rule.id(), name, new Description(rule, plenary, name).text(), rule.reason()));
    }
    return out;
  }

  /** A rule's description of a plenary, asked for once, when first read. */
  private static final class Description {
    private final Rule rule;
    private final Plenary plenary;
    private final LocalizedText name;
    private volatile LocalizedText described;

    Description(Rule rule, Plenary plenary, LocalizedText name) {
      this.rule = rule;
      this.plenary = plenary;
      this.name = name;
    }

    LocalizedText text() {
      return LocalizedText.written(language -> described().in(language));
    }

    private LocalizedText described() {
      LocalizedText d = described;
      if (d == null) {
        try {
          d = requireNonNull(rule.describe(plenary), "description");
        } catch (RuntimeException e) {
          d = name;
        }
        described = d;
      }
      return d;
    }
  }

  /**
   * Decisions and lists of decisions made once and shared: a long list repeats a few, and equal
   * ones are the same objects, so that they are told apart by identity, never by their words.
   */
  private static final class Shared {
    final Limit.Cuts cuts = new Limit.Cuts();
    private final Map<Rule, Decision> placed = new IdentityHashMap<>();
    private final Map<Pin, Decision> pinned = new IdentityHashMap<>();
    private final Map<Decision, List<Decision>> single = new IdentityHashMap<>();
    private final Map<Same, List<Decision>> lists = new HashMap<>();

    Decision placed(Rule rule) {
      return placed.computeIfAbsent(rule, Ordering::placed);
    }

    Decision pinned(Pin pin) {
      return pinned.computeIfAbsent(pin, Pin::decision);
    }

    /** The list of one decision; a long waiting list repeats the last one found, so it is kept at hand. */
    List<Decision> list(Decision d) {
      if (d != last) {
        lastList = single.computeIfAbsent(d, ImmutableList::of);
        last = d;
      }
      return lastList;
    }

    private Decision last;
    private List<Decision> lastList;

    List<Decision> list(List<Decision> ds) {
      if (ds.isEmpty()) {
        return List.of();
      }
      if (ds.size() == 1) {
        return list(ds.get(0));
      }
      return lists.computeIfAbsent(new Same(ds.toArray(new Decision[0])), k -> ImmutableList.copyOf(k.ds));
    }
  }

  /** Decisions compared by identity: those made here are shared. */
  private record Same(Decision[] ds) {
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Same other) || other.ds.length != ds.length) {
        return false;
      }
      for (int i = 0; i < ds.length; i++) {
        if (ds[i] != other.ds[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (Decision d : ds) {
        h = 31 * h + System.identityHashCode(d);
      }
      return h;
    }
  }
}
