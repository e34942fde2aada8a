package org.plenary.rules.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Place;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * The order of the list of speakers: by constituency in stated tiers (States Parties first, then
 * observer States, international organisations and civil society), then by protocol rank, then by
 * the time the request was received, to the millisecond.
 *
 * <p>It declares three orders, one after the other, at the places {@link #BY_CONSTITUENCY}, {@link
 * #BY_RANK} and {@link #BY_RECEIPT}, so that a rule of one's own can order before, after or between
 * them: {@code Place.before(Precedence.BY_CONSTITUENCY)} comes before any order of precedence.
 * Constituencies not named come after those named; those admitted late come after all. Configuration
 * keys: {@code constituencies} (tiers separated by commas, constituencies of one tier joined by
 * {@code +}: {@code state-party, observer-state + civil-society}), {@code rank} ({@code true} or
 * {@code false}), {@code segments} (default: every segment that takes requests). Immutable and
 * thread-safe.
 */
public final class Precedence extends Rule {

  /** The rule id. */
  public static final String ID = "order.precedence";

  /** The place of the order of precedence by constituency, the first of its three. */
  public static final Place BY_CONSTITUENCY = Place.named(ID + ".constituency");

  /** The place of the order of precedence by protocol rank, after that by constituency. */
  public static final Place BY_RANK = Place.named(ID + ".rank");

  /** The place of the order of precedence by the time a request was received, the last of its three. */
  public static final Place BY_RECEIPT = Place.named(ID + ".receipt");

  /** States Parties, observer States, international organisations, civil society. */
  public static final List<Constituency> DEFAULT_ORDER = List.of(Constituency.STATE_PARTY,
      Constituency.OBSERVER_STATE, Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);

  private final ImmutableList<ImmutableSet<Constituency>> tiers;
  private final Map<Constituency, Integer> tierOf = new HashMap<>();
  private final boolean byRank;
  private final Selector scope;

  private Precedence(List<? extends Collection<Constituency>> tiers, boolean byRank, Selector scope) {
    super(ID, Messages.RULES.text("order.precedence.name"), Messages.RULES.text("order.precedence.reason"));
    ImmutableList.Builder<ImmutableSet<Constituency>> b = ImmutableList.builder();
    int index = 0;
    for (Collection<Constituency> tier : tiers) {
      ImmutableSet<Constituency> set = ImmutableSortedSet.copyOf(Constituency.standardOrder(), tier);
      if (set.isEmpty()) {
        throw new IllegalArgumentException("constituency tiers " + tiers + " hold an empty tier");
      }
      for (Constituency c : set) {
        if (tierOf.putIfAbsent(c, index) != null) {
          throw new IllegalArgumentException("constituency tiers " + tiers + " name '" + c.id() + "' twice");
        }
      }
      b.add(set);
      index++;
    }
    this.tiers = b.build();
    this.byRank = byRank;
    this.scope = requireNonNull(scope, "scope");
  }

  /** The default: {@link #DEFAULT_ORDER}, by rank, in every segment that takes requests. */
  public static Precedence standard() {
    return of(DEFAULT_ORDER);
  }

  /** Constituencies in {@code order}, then rank, then receipt, in every segment that takes requests. */
  public static Precedence of(List<Constituency> order) {
    List<Set<Constituency>> tiers = new ArrayList<>();
    order.forEach(c -> tiers.add(Set.of(c)));
    return new Precedence(tiers, true, Selector.listSegments());
  }

  /**
   * Constituencies in {@code tiers}, those of one tier together, then rank, then receipt: the
   * concept note's "States Parties, then observers and civil society".
   */
  public static Precedence tiers(List<? extends Collection<Constituency>> tiers) {
    return new Precedence(tiers, true, Selector.listSegments());
  }

  /** The rule as {@code config} sets it: {@code constituencies}, {@code rank}, {@code segments}. */
  public static Precedence configured(RuleConfig config) {
    List<List<Constituency>> tiers = new ArrayList<>();
    String key = "constituencies";
    String written = config.text(key).orElse(null);
    if (written == null) {
      DEFAULT_ORDER.forEach(c -> tiers.add(List.of(c)));
    } else {
      for (String tier : written.split(",", -1)) {
        List<Constituency> together = new ArrayList<>();
        for (String id : tier.split("\\+", -1)) {
          if (id.isBlank()) {
            throw config.error(key, written, "holds an empty constituency id");
          }
          together.add(config.constituency(key, id.trim()));
        }
        tiers.add(together);
      }
    }
    boolean byRank = config.flag("rank", true);
    Selector scope = config.segments("segments");
    try {
      return new Precedence(tiers, byRank, scope);
    } catch (IllegalArgumentException e) {
      throw config.error(key, written, "names a constituency twice");
    }
  }

  /** This rule with protocol rank taken into account or not. */
  public Precedence byRank(boolean byRank) {
    return new Precedence(tiers, byRank, scope);
  }

  /** This rule applied to the segments {@code segmentIds} only. */
  public Precedence inSegments(String... segmentIds) {
    return new Precedence(tiers, byRank, Selector.segments(segmentIds));
  }

  /** The tiers of constituencies, in order. */
  public List<Set<Constituency>> tiers() {
    return List.copyOf(tiers);
  }

  private long tier(Constituency c) {
    Integer t = tierOf.get(c);
    return t == null ? tiers.size() : t;
  }

  @Override
  public LocalizedText describe(Plenary plenary) {
    LocalizedText all = null;
    for (Set<Constituency> tier : tiers) {
      List<LocalizedText> names = new ArrayList<>();
      tier.forEach(c -> names.add(c.plural()));
      LocalizedText these = Languages.list(names);
      all = all == null ? these : Messages.RULES.text("order.precedence.tiers", all, these);
    }
    return Messages.RULES.text(byRank ? "order.precedence.description.rank"
        : "order.precedence.description", all);
  }

  @Override
  public void declare(Declarations declarations) {
    declarations.order(scope, BY_CONSTITUENCY, r -> tier(r.constituency()));
    if (byRank) {
      declarations.order(scope, BY_RANK, r -> r.speaker().rank().ordinal());
    }
    declarations.order(scope, BY_RECEIPT, r -> r.received().toEpochMilli());
  }

  @Override
  public String toString() {
    return ID + " " + tiers + (byRank ? " by rank" : "") + " in " + scope;
  }

  /** Makes the rule from {@code constituencies}, {@code rank} and {@code segments}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, Precedence::configured);
    }
  }
}
