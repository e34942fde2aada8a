package org.plenary.core.internal.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Ids;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Plan.RuleSummary;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * Resolves every declaration of a {@link Book} at once into a plan: admit, order, allot, fit. The
 * programme's items are numbered first, segment after segment, then the requests in the order given;
 * every working array is indexed by that number. Not thread-safe: one plan.
 */
public final class Resolver {

  /** Verdict strengths: admitted, admitted late, wait-listed, refused. */
  private static final byte ADMIT = 0;
  private static final byte LATE = 1;
  private static final byte WAIT = 2;
  private static final byte REFUSE = 3;

  private final Book book;
  private final Plenary plenary;
  private final List<Segment> segments;
  private final Words words = new Words();
  private final int programmeCount;
  private final int total;
  private final Speech[] speech;
  private final int[] segmentOf;
  private final byte[] strength;
  private final List<List<Decision>> admission;
  private final long[] allotted;
  private final Decl.Limit[] cutBy;
  private final Decl.Pin[] pinnedBy;
  private final List<int[]> sortedRequests = new ArrayList<>();
  private final List<Decl.Any> deciding;
  private final Map<String, Decl.Pin> pins;
  private Fitter.Result fit;
  /** The ids of the requests kept out only by the fit. */
  private final List<String> unfitted = new ArrayList<>();
  private int[] fitOrder;

  private Resolver(Book book, Collection<RequestToSpeak> requests) {
    this.book = book;
    this.plenary = book.plenary;
    this.segments = plenary.segments();
    Map<String, Integer> positions = new HashMap<>();
    int count = 0;
    for (int s = 0; s < segments.size(); s++) {
      positions.put(segments.get(s).id(), s);
      count += segments.get(s).interventions().size();
    }
    this.programmeCount = count;
    this.total = count + requests.size();
    this.speech = new Speech[total];
    this.segmentOf = new int[total];
    List<String> ids = new ArrayList<>(total);
    int k = 0;
    for (int s = 0; s < segments.size(); s++) {
      for (Intervention i : segments.get(s).interventions()) {
        ids.add(i.id());
        speech[k] = i;
        segmentOf[k++] = s;
      }
    }
    for (RequestToSpeak r : requests) {
      ids.add(requireNonNull(r, "request").id());
    }
    int twice = Ids.firstRepeat(ids);
    checkArgument(twice < 0, "request id '%s' is used twice, or by the programme",
        twice < 0 ? "" : ids.get(twice));
    for (RequestToSpeak r : requests) {
      Integer at = positions.get(r.segment());
      Segment segment = at == null ? plenary.requiredSegment(r.segment()) : segments.get(at);
      checkArgument(segment.takesRequests(),
          "request '%s' asks for segment '%s', which does not take requests", r.id(), r.segment());
      speech[k] = r;
      segmentOf[k++] = at;
    }
    this.strength = new byte[total];
    this.admission = new ArrayList<>(java.util.Collections.nCopies(total, (List<Decision>) null));
    this.allotted = new long[total];
    this.cutBy = new Decl.Limit[total];
    this.pinnedBy = new Decl.Pin[total];
    this.deciding = Keys.deciding(book);
    this.pins = pinsById();
  }

  /**
   * The plan of {@code book}'s plenary with {@code requests}, and its findings: every request ends in
   * the plan or on the waiting list. The plan is built once, but where a rule's own check finds
   * something.
   *
   * @throws IllegalArgumentException if a request's id is used twice or by the programme, or it asks
   *     for a segment that does not exist or does not take requests
   */
  public static Plan plan(Book book, Collection<RequestToSpeak> requests, Optional<Instant> plannedAt) {
    return planned(book, requests, plannedAt).plan();
  }

  /**
   * A plan, with the ids of the requests that no rule kept out but that did not fit: for want of
   * time or of places, or because what was left was held for others. These are who a series of
   * meetings carries over.
   */
  public record Planned(Plan plan, Set<String> unfitted) {}

  /** As {@link #plan}, saying also which requests did not fit. */
  public static Planned planned(Book book, Collection<RequestToSpeak> requests, Optional<Instant> plannedAt) {
    Resolver r = new Resolver(book, requireNonNull(requests, "requests"));
    r.admit();
    r.onePer();
    r.order();
    List<int[]> sequences = r.fitSequences();
    r.allot(sequences);
    r.fit(sequences);
    Parts parts = r.build(sequences, plannedAt);
    Checker checker = Checker.declared(book, parts, Set.of());
    Plan plan = parts.toPlan(checker.findings(Map.of()));
    Map<Rule, List<org.plenary.core.plan.Finding>> own = Checker.own(book, plan);
    return new Planned(own.isEmpty() ? plan : plan.withFindings(checker.findings(own)),
        Set.copyOf(r.unfitted));
  }

  private boolean isRequest(int ref) {
    return ref >= programmeCount;
  }

  private Segment segment(int ref) {
    return segments.get(segmentOf[ref]);
  }

  private void note(int ref, Decision d, boolean first) {
    List<Decision> list = admission.get(ref);
    if (list == null) {
      list = new ArrayList<>(2);
      admission.set(ref, list);
    }
    if (first) {
      list.add(0, d);
    } else {
      list.add(d);
    }
  }

  private void admit() {
    for (Decl.Admit a : book.live(book.admits)) {
      Verdict[] verdicts = new Verdict[total];
      try {
        for (int ref = programmeCount; ref < total; ref++) {
          if (a.scope().matches(segment(ref), speech[ref])) {
            verdicts[ref] = requireNonNull(a.verdict().apply((RequestToSpeak) speech[ref]), "verdict");
          }
        }
      } catch (RuntimeException e) {
        book.fail(a, firstMissing(verdicts, a), e);
        continue;
      }
      Map<Verdict, Decision> made = new IdentityHashMap<>();
      for (int ref = programmeCount; ref < total; ref++) {
        Verdict v = verdicts[ref];
        if (v == null || v.kind() == Verdict.Kind.ADMIT) {
          continue;
        }
        Decision d = made.computeIfAbsent(v, x -> decision(a.rule(), x));
        byte s = (byte) v.kind().ordinal();
        note(ref, d, s > strength[ref]);
        strength[ref] = (byte) Math.max(strength[ref], s);
      }
    }
  }

  private String firstMissing(Verdict[] verdicts, Decl.Admit a) {
    for (int ref = programmeCount; ref < total; ref++) {
      if (verdicts[ref] == null && a.scope().matches(segment(ref), speech[ref])) {
        return speech[ref].id();
      }
    }
    return "plan";
  }

  private Decision decision(Rule rule, Verdict v) {
    return switch (v.kind()) {
      case ADMIT_LATE -> words.decision(Decision.Kind.ADMITTED_LATE, rule.id(), rule.name(),
          "decision.late", v.why().orElseThrow());
      case WAIT_LIST -> words.decision(Decision.Kind.WAIT_LISTED, rule.id(), rule.name(),
          "decision.wait-listed", v.why().orElseThrow());
      case REFUSE -> words.decision(Decision.Kind.REFUSED, rule.id(), rule.name(),
          "decision.refused", v.why().orElseThrow());
      case ADMIT -> throw new AssertionError(v);
    };
  }

  /** One statement per key in each segment: the programme's, else the request received first. */
  private void onePer() {
    for (Decl.OnePer o : book.live(book.onePers)) {
      Object[] keys = new Object[total];
      String at = "plan";
      try {
        for (int ref = 0; ref < total; ref++) {
          if (strength[ref] <= LATE && o.scope().matches(segment(ref), speech[ref])) {
            at = speech[ref].id();
            keys[ref] = o.key().apply(speech[ref]);
          }
        }
      } catch (RuntimeException e) {
        book.fail(o, at, e);
        continue;
      }
      List<Object> grouped = new ArrayList<>(total);
      for (int ref = 0; ref < total; ref++) {
        grouped.add(keys[ref] == null ? null : List.of(segmentOf[ref], keys[ref]));
      }
      int[] first = Ids.firsts(grouped);
      int[] kept = new int[total];
      for (int ref = 0; ref < total; ref++) {
        if (first[ref] < 0) {
          continue;
        }
        if (first[ref] == ref) {
          kept[ref] = ref;
          continue;
        }
        int before = kept[first[ref]];
        if (isRequest(before) || isRequest(ref)) {
          int earlier = earlier(before, ref);
          refuse(o, earlier == ref ? before : ref, keys[ref]);
          kept[first[ref]] = earlier;
        }
      }
    }
  }

  private int earlier(int a, int b) {
    if (!isRequest(a) || !isRequest(b)) {
      return isRequest(a) ? b : a;
    }
    int c = ((RequestToSpeak) speech[a]).received().compareTo(((RequestToSpeak) speech[b]).received());
    return c < 0 || (c == 0 && a < b) ? a : b;
  }

  private void refuse(Decl.OnePer o, int ref, Object key) {
    LocalizedText who = key instanceof Delegation d ? d.name()
        : key instanceof LocalizedText t ? t : speech[ref].voice().name();
    Decision d = words.decision(Decision.Kind.REFUSED, o.rule().id(), o.rule().name(), "decision.one-per",
        who, Words.segment(segment(ref)));
    note(ref, d, true);
    strength[ref] = REFUSE;
  }

  /** Sorts every segment's requests, those kept out by admission last, for the plan and the waiting list. */
  private void order() {
    int[][] members = new int[segments.size()][];
    int[] counts = new int[segments.size()];
    for (int ref = programmeCount; ref < total; ref++) {
      counts[segmentOf[ref]]++;
    }
    for (int s = 0; s < segments.size(); s++) {
      members[s] = new int[counts[s]];
      counts[s] = 0;
    }
    for (int ref = programmeCount; ref < total; ref++) {
      members[segmentOf[ref]][counts[segmentOf[ref]]++] = ref;
    }
    for (int s = 0; s < segments.size(); s++) {
      sortedRequests.add(sortSegment(s, members[s], deciding));
    }
  }

  /** The requests {@code refs} of segment {@code s}, sorted by lateness and by the declarations. */
  private int[] sortSegment(int s, int[] refs, List<Decl.Any> deciding) {
    int n = refs.length;
    long[] late = new long[n];
    List<RequestToSpeak> requests = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      late[k] = Math.min(strength[refs[k]], WAIT);
      requests.add((RequestToSpeak) speech[refs[k]]);
    }
    int[] order = Orders.sort(n, Keys.of(book, segments.get(s), requests, late, deciding));
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = refs[order[k]];
    }
    return out;
  }

  /** Each segment's programme, then its admitted requests in order, with the fixed places kept. */
  private List<int[]> fitSequences() {
    List<int[]> out = new ArrayList<>();
    Set<String> programmeIds = new HashSet<>();
    for (int ref = 0; ref < programmeCount; ref++) {
      programmeIds.add(speech[ref].id());
    }
    boolean pinsRequests = !programmeIds.containsAll(pins.keySet());
    int ref = 0;
    for (int s = 0; s < segments.size(); s++) {
      int programme = segments.get(s).interventions().size();
      int[] sorted = sortedRequests.get(s);
      int[] others = new int[programme + sorted.length];
      List<Orders.Pinned> pinned = new ArrayList<>();
      int k = 0;
      for (int i = 0; i < programme; i++, ref++) {
        k = place(ref, pins, pinned, others, k);
      }
      Map<String, Decl.Pin> requestPins = pinsRequests ? pins : Map.of();
      for (int r : sorted) {
        if (strength[r] <= LATE) {
          k = place(r, requestPins, pinned, others, k);
        }
      }
      out.add(Orders.pin(java.util.Arrays.copyOf(others, k), pinned, new ArrayList<>()));
    }
    return out;
  }

  private int place(int ref, Map<String, Decl.Pin> pins, List<Orders.Pinned> pinned, int[] others, int k) {
    Decl.Pin pin = pins.isEmpty() ? null : pins.get(speech[ref].id());
    if (pin != null) {
      pinnedBy[ref] = pin;
      pinned.add(new Orders.Pinned(ref, pin));
      return k;
    }
    others[k] = ref;
    return k + 1;
  }

  /** The first pin of each intervention, by rule id: the others are conflicts the check reports. */
  private Map<String, Decl.Pin> pinsById() {
    Map<String, Decl.Pin> out = new HashMap<>();
    for (Decl.Pin p : book.live(book.pins)) {
      out.putIfAbsent(p.id(), p);
    }
    return out;
  }

  /** The time asked, cut to the shortest limit that selects the speech. */
  private void allot(List<int[]> sequences) {
    List<Decl.Limit> limits = book.live(book.limits);
    for (int s = 0; s < segments.size(); s++) {
      List<Decl.Limit> here = new ArrayList<>();
      for (Decl.Limit l : limits) {
        if (l.who().covers(segments.get(s))) {
          here.add(l);
        }
      }
      long[] most = new long[here.size()];
      for (int l = 0; l < most.length; l++) {
        most[l] = here.get(l).most().toNanos();
      }
      for (int ref : sequences.get(s)) {
        long a = speech[ref].duration().toNanos();
        for (int l = 0; l < most.length; l++) {
          if (most[l] < a && here.get(l).who().test(speech[ref])) {
            a = most[l];
            cutBy[ref] = here.get(l);
          }
        }
        allotted[ref] = a;
      }
    }
  }

  private void fit(List<int[]> sequences) {
    int n = 0;
    for (int[] s : sequences) {
      n += s.length;
    }
    Fitter.Items items = new Fitter.Items(n);
    fitOrder = new int[n];
    int k = 0;
    for (int[] sequence : sequences) {
      for (int ref : sequence) {
        fitOrder[k] = ref;
        items.segment[k] = segment(ref);
        items.speech[k] = speech[ref];
        items.allotted[k] = allotted[ref];
        items.movable[k] = isRequest(ref);
        k++;
      }
    }
    List<Pool> pools = pools(plenary, book);
    for (Pool p : pools) {
      for (Segment s : segments) {
        if (p.countsGaps(s)) {
          p.used += s.gapBefore().toNanos();
        }
      }
    }
    List<Fitter.Hold> holds = new ArrayList<>();
    for (Decl.Reserve r : book.live(book.reserves)) {
      holds.add(new Fitter.Hold(r, r.holdsPlaces() ? r.places() : r.time().toNanos()));
    }
    fit = new Fitter(plenary, words).fit(items, pools, holds);
  }

  /** The capacities of {@code book} as pools, narrowest first, then by rule id. */
  static List<Pool> pools(Plenary plenary, Book book) {
    List<Pool> pools = new ArrayList<>();
    for (Decl.Capacity c : book.live(book.capacities)) {
      pools.add(Pool.of(c));
    }
    pools.sort(Comparator.comparingInt((Pool p) -> p.breadth(plenary)));
    return pools;
  }

  private Parts build(List<int[]> sequences, Optional<Instant> plannedAt) {
    int[] fitPosition = new int[total];
    java.util.Arrays.fill(fitPosition, -1);
    for (int k = 0; k < fitOrder.length; k++) {
      fitPosition[fitOrder[k]] = k;
    }
    ImmutableList.Builder<Slot> slots = ImmutableList.builder();
    for (int s = 0; s < segments.size(); s++) {
      int[] sequence = sequences.get(s);
      List<Decision> ordered = orderedBy(segments.get(s), deciding);
      int[] kept = finalOrder(s, sequence, fitPosition, deciding, pins);
      for (int ref : kept) {
        slots.add(slot(ref, fitPosition[ref], ordered));
      }
    }
    ImmutableList.Builder<WaitingEntry> waiting = ImmutableList.builderWithExpectedSize(total - programmeCount);
    for (int s = 0; s < segments.size(); s++) {
      for (boolean refused : new boolean[] {false, true}) {
        for (int ref : sortedRequests.get(s)) {
          Decision block = fitPosition[ref] >= 0 ? fit.blocked[fitPosition[ref]] : null;
          boolean out = strength[ref] >= WAIT || block != null;
          if (out && (strength[ref] == REFUSE) == refused) {
            waiting.add(entry(ref, block));
            if (strength[ref] < WAIT) {
              unfitted.add(speech[ref].id());
            }
          }
        }
      }
    }
    return new Parts(plenary, slots.build(), waiting.build(), summaries(), plannedAt);
  }

  /** The decisions "placed by" each rule that orders the requests of {@code segment} and has not failed. */
  private List<Decision> orderedBy(Segment segment, List<Decl.Any> deciding) {
    List<Decision> out = new ArrayList<>();
    Set<Rule> seen = new HashSet<>();
    for (Decl.Any d : deciding) {
      if (!book.failed(d) && Keys.covers(d, segment) && seen.add(d.rule())) {
        out.add(words.decision(Decision.Kind.ORDERED, d.rule().id(), d.rule().name(), "decision.ordered"));
      }
    }
    return out;
  }

  /** The speeches of a segment that fit, alternations computed again among them, places kept. */
  private int[] finalOrder(int s, int[] sequence, int[] fitPosition, List<Decl.Any> deciding,
      Map<String, Decl.Pin> pins) {
    boolean alternates = false;
    for (Decl.Any d : deciding) {
      alternates |= d instanceof Decl.Alternate && !book.failed(d) && Keys.covers(d, segments.get(s));
    }
    List<Orders.Pinned> pinned = new ArrayList<>();
    int[] programme = new int[sequence.length];
    int[] requests = new int[sequence.length];
    int p = 0;
    int r = 0;
    for (int ref : sequence) {
      if (fit.blocked[fitPosition[ref]] != null) {
        continue;
      }
      if (pinnedBy[ref] != null) {
        pinned.add(new Orders.Pinned(ref, pinnedBy[ref]));
      } else if (isRequest(ref)) {
        requests[r++] = ref;
      } else {
        programme[p++] = ref;
      }
    }
    requests = java.util.Arrays.copyOf(requests, r);
    if (alternates) {
      int[] byInput = requests.clone();
      java.util.Arrays.sort(byInput);
      requests = sortSegment(s, byInput, deciding);
    }
    int[] others = java.util.Arrays.copyOf(programme, p + r);
    System.arraycopy(requests, 0, others, p, r);
    return Orders.pin(others, pinned, new ArrayList<>());
  }

  private Slot slot(int ref, int at, List<Decision> ordered) {
    List<Decision> ds = new ArrayList<>(4);
    List<Decision> adm = admission.get(ref);
    if (adm != null) {
      ds.addAll(adm);
    }
    if (isRequest(ref)) {
      ds.addAll(ordered);
    }
    if (pinnedBy[ref] != null) {
      Rule rule = pinnedBy[ref].rule();
      ds.add(words.decision(Decision.Kind.PINNED, rule.id(), rule.name(), "decision.pinned",
          pinnedBy[ref].place()));
    }
    if (cutBy[ref] != null) {
      Rule rule = cutBy[ref].rule();
      ds.add(words.decision(Decision.Kind.CUT, rule.id(), rule.name(), "decision.cut",
          Words.time(speech[ref].duration()), Words.time(allotted[ref])));
    }
    List<Decision> notes = fit.notes(at);
    if (notes != null) {
      ds.addAll(notes);
    }
    Intervention i = isRequest(ref) ? ((RequestToSpeak) speech[ref]).toIntervention()
        : (Intervention) speech[ref];
    Optional<RequestToSpeak> request = isRequest(ref) ? Optional.of((RequestToSpeak) speech[ref])
        : Optional.empty();
    return Slot.of(segment(ref).id(), i, Duration.ofNanos(fit.allotted[at]), request, words.list(ds));
  }

  private WaitingEntry entry(int ref, Decision block) {
    List<Decision> adm = admission.get(ref);
    List<Decision> ds;
    if (block == null) {
      ds = words.list(adm);
    } else if (adm == null) {
      ds = words.list(block);
    } else {
      List<Decision> both = new ArrayList<>(adm);
      both.add(block);
      ds = words.list(both);
    }
    return WaitingEntry.of(segment(ref).id(), speech[ref], ds);
  }

  private List<RuleSummary> summaries() {
    List<RuleSummary> out = new ArrayList<>();
    for (Rule rule : book.rules) {
      LocalizedText description;
      try {
        description = rule.describe(plenary);
      } catch (RuntimeException e) {
        book.failures.putIfAbsent(rule, new Book.Failure(null, String.valueOf(e)));
        description = rule.name();
      }
      out.add(RuleSummary.of(rule.id(), rule.name(), description, rule.reason()));
    }
    return out;
  }
}
