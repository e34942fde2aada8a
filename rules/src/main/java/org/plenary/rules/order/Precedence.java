package org.plenary.rules.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Candidate;
import org.plenary.core.plan.Draft;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Slot;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Finding;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Severity;
import org.plenary.core.rule.Step;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;
import org.plenary.rules.internal.Reasons;
import org.plenary.rules.internal.Scope;

/**
 * The order of the list of speakers: those admitted on time before those admitted late, then by
 * constituency in a stated order (States Parties first, then observer States, international
 * organisations and civil society), then by protocol rank, then by the time the request was received.
 *
 * <p>In the {@link Step#ORDER order} step it sorts the requests of each segment in scope and puts
 * them after the segment's programme; its check reports the first pair out of order in each segment.
 * Constituencies not named come after those named. Configuration keys: {@code constituencies}
 * (comma-separated ids), {@code rank} ({@code true}/{@code false}), {@code segments}
 * (comma-separated ids; default: every segment that takes requests), {@code because.en},
 * {@code because.fr}. Immutable and thread-safe.
 */
public final class Precedence implements Rule {

  /** The rule id. */
  public static final String ID = "order.precedence";

  /** States Parties, observer States, international organisations, civil society. */
  public static final List<Constituency> DEFAULT_ORDER = List.of(Constituency.STATE_PARTY,
      Constituency.OBSERVER_STATE, Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);

  private final ImmutableList<Constituency> order;
  private final boolean byRank;
  private final Scope scope;
  private final LocalizedText reason;

  private Precedence(List<Constituency> order, boolean byRank, Scope scope, LocalizedText reason) {
    this.order = ImmutableList.copyOf(order);
    this.byRank = byRank;
    this.scope = requireNonNull(scope, "scope");
    this.reason = requireNonNull(reason, "reason");
    if (this.order.stream().distinct().count() != this.order.size()) {
      throw new IllegalArgumentException("constituency order " + this.order + " names one twice");
    }
  }

  /** The default: {@link #DEFAULT_ORDER}, by rank, in every segment that takes requests. */
  public static Precedence standard() {
    return of(DEFAULT_ORDER);
  }

  /** Constituencies in {@code order}, then rank, then receipt, in every segment that takes requests. */
  public static Precedence of(List<Constituency> order) {
    return new Precedence(order, true, Scope.listSegments(),
        Messages.RULES.text("order.precedence.reason"));
  }

  /** This rule with protocol rank taken into account or not. */
  public Precedence byRank(boolean byRank) {
    return new Precedence(order, byRank, scope, reason);
  }

  /** This rule applied to the segments {@code segmentIds} only. */
  public Precedence inSegments(String... segmentIds) {
    return new Precedence(order, byRank, Scope.of(Arrays.asList(segmentIds)), reason);
  }

  /** This rule with {@code reason} as its stated reason. */
  public Precedence because(LocalizedText reason) {
    return new Precedence(order, byRank, scope, reason);
  }

  /** The constituencies in order. */
  public List<Constituency> order() {
    return order;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    StringBuilder en = new StringBuilder();
    StringBuilder fr = new StringBuilder();
    for (Constituency c : order) {
      en.append(en.length() == 0 ? "" : ", ").append(c.label().in(java.util.Locale.ENGLISH));
      fr.append(fr.length() == 0 ? "" : ", ").append(c.label().in(java.util.Locale.FRENCH));
    }
    LocalizedText list = LocalizedText.of(en.toString(), fr.toString());
    return Messages.RULES.text(byRank ? "order.precedence.description.rank"
        : "order.precedence.description", list);
  }

  @Override
  public LocalizedText reason() {
    return reason;
  }

  @Override
  public Optional<Step> step() {
    return Optional.of(Step.ORDER);
  }

  private int group(Constituency c) {
    int i = order.indexOf(c);
    return i < 0 ? order.size() : i;
  }

  private int rank(Speaker s) {
    return byRank ? s.rank().ordinal() : 0;
  }

  @Override
  public void shape(Draft draft) {
    for (Segment segment : scope.segments(draft.plenary())) {
      draft.reorder(segment.id(), sort(draft.candidates(segment.id())));
    }
  }

  /**
   * The segment's programme in its order, then its requests sorted by (late, group, rank, received,
   * position). The keys are packed into one {@code long} per request when they fit, so that a million
   * requests sort as primitives; otherwise a comparator does.
   */
  private List<Candidate> sort(List<Candidate> candidates) {
    int size = candidates.size();
    List<Candidate> sorted = new ArrayList<>(size);
    int n = 0;
    long minMs = Long.MAX_VALUE;
    long maxMs = Long.MIN_VALUE;
    for (Candidate c : candidates) {
      if (c.isRequest()) {
        n++;
        long ms = c.received().toEpochMilli();
        minMs = Math.min(minMs, ms);
        maxMs = Math.max(maxMs, ms);
      } else {
        sorted.add(c);
      }
    }
    int groupBits = bits(order.size() + 1);
    int rankBits = byRank ? 3 : 0;
    int timeBits = bits(maxMs - minMs + 1);
    int indexBits = bits(size);
    if (n > 0 && 1 + groupBits + rankBits + timeBits + indexBits <= 63) {
      long[] keys = new long[n];
      int k = 0;
      for (int i = 0; i < size; i++) {
        Candidate c = candidates.get(i);
        if (c.isRequest()) {
          long key = c.late() ? 1 : 0;
          key = (key << groupBits) | group(c.constituency());
          key = (key << rankBits) | rank(c.speaker());
          key = (key << timeBits) | (c.received().toEpochMilli() - minMs);
          keys[k++] = (key << indexBits) | i;
        }
      }
      Arrays.sort(keys);
      long mask = (1L << indexBits) - 1;
      for (long key : keys) {
        sorted.add(candidates.get((int) (key & mask)));
      }
      return sorted;
    }
    List<Candidate> requests = new ArrayList<>(n);
    Map<Candidate, Integer> position = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.isRequest()) {
        position.put(c, requests.size());
        requests.add(c);
      }
    }
    requests.sort(Comparator.<Candidate>comparingInt(c -> c.late() ? 1 : 0)
        .thenComparingInt(c -> group(c.constituency()))
        .thenComparingInt(c -> rank(c.speaker()))
        .thenComparing(Candidate::received)
        .thenComparingInt(position::get));
    sorted.addAll(requests);
    return sorted;
  }

  private static int bits(long values) {
    return values <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(values - 1);
  }

  private int compare(Slot a, Slot b) {
    int c = Boolean.compare(a.late(), b.late());
    if (c == 0) {
      c = Integer.compare(group(a.intervention().constituency()), group(b.intervention().constituency()));
    }
    if (c == 0) {
      c = Integer.compare(rank(a.intervention().speaker()), rank(b.intervention().speaker()));
    }
    if (c == 0) {
      c = a.request().map(RequestToSpeak::received).orElseThrow()
          .compareTo(b.request().map(RequestToSpeak::received).orElseThrow());
    }
    return c;
  }

  @Override
  public List<Finding> check(Plan plan) {
    List<Finding> findings = new ArrayList<>();
    for (String id : scope.unknown(plan.plenary())) {
      findings.add(finding(Severity.WARNING, id,
          Messages.RULES.text("rule.unknown-segment", id, plan.plenary().segmentIds())).build());
    }
    int checked = 0;
    for (Segment segment : scope.segments(plan.plenary())) {
      Slot previous = null;
      int violations = 0;
      Slot firstA = null;
      Slot firstB = null;
      for (Slot slot : plan.slots(segment.id())) {
        if (slot.request().isEmpty()) {
          continue;
        }
        checked++;
        if (previous != null && compare(previous, slot) > 0) {
          if (violations++ == 0) {
            firstA = previous;
            firstB = slot;
          }
        }
        previous = slot;
      }
      if (violations > 0) {
        findings.add(finding(Severity.ERROR, firstB.id(), Messages.RULES.text("order.precedence.broken",
                describe(firstA), describe(firstB), segment.title(), violations))
            .suggestion(Messages.RULES.text("order.precedence.broken.fix")).build());
      }
    }
    if (checked == 0) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("order.precedence.nothing"))
          .build());
    } else if (findings.isEmpty()) {
      findings.add(finding(Severity.INFO, "plan", Messages.RULES.text("order.precedence.ok", checked))
          .build());
    }
    return findings;
  }

  private static LocalizedText describe(Slot slot) {
    Intervention i = slot.intervention();
    return Messages.RULES.text("order.precedence.who", i.speaker().delegation().name(),
        i.constituency().label(), i.speaker().rank().label(), slot.id());
  }

  @Override
  public String toString() {
    return ID + " " + order + (byRank ? " by rank" : "") + " in " + scope;
  }

  /** Makes the rule from {@code constituencies}, {@code rank} and {@code segments}. */
  public static final class Provider implements RuleProvider {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {}

    @Override
    public String id() {
      return ID;
    }

    @Override
    public Rule create(RuleConfig config) {
      List<Constituency> order = config.constituencies("constituencies").orElse(DEFAULT_ORDER);
      Precedence rule = new Precedence(order, config.flag("rank", true), Scope.read(config, "segments"),
          Messages.RULES.text("order.precedence.reason"));
      return rule.because(Reasons.read(config, rule.reason()));
    }
  }
}
