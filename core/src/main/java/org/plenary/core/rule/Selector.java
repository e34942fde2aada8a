package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;

/**
 * Which speeches a declaration is about: the segments it applies in, and optionally who speaks. A
 * selector is built from factories and {@link #and}:
 *
 * <pre>{@code
 * Selector.segments("floor").and(Selector.constituencies(Constituency.CIVIL_SOCIETY))
 * Selector.listSegments().and(Selector.where(LocalizedText.of("group statements"),
 *     s -> s.onBehalfOf().isPresent()))
 * }</pre>
 *
 * <p>Each part carries words, so that decisions and findings can say whom a rule is about.
 * Immutable and thread-safe when its predicates are.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Selector {

  static {
    Scope.readSelectorsWith(s -> ((Selector) s).scope);
  }

  private static final Selector EVERYWHERE = new Selector(Scope.EVERYWHERE);
  private static final Selector LIST_SEGMENTS = new Selector(Scope.LIST_SEGMENTS);

  private final Scope scope;

  private Selector(Scope scope) {
    this.scope = scope;
  }

  /** Every speech in every segment. */
  public static Selector everywhere() {
    return EVERYWHERE;
  }

  /** Every speech in the segments that take requests from the list of speakers. */
  public static Selector listSegments() {
    return LIST_SEGMENTS;
  }

  /** Every speech in the segments {@code ids}. */
  public static Selector segments(String... ids) {
    return segments(Arrays.asList(ids));
  }

  /** Every speech in the segments {@code ids}. */
  static Selector segments(Collection<String> ids) {
    ImmutableSet<String> set = ImmutableSet.copyOf(requireNonNull(ids, "ids"));
    if (set.isEmpty()) {
      throw new IllegalArgumentException("segments (" + ids + ") must name at least one segment");
    }
    return new Selector(Scope.named(set));
  }

  /** Speeches made in one of {@code constituencies}, in every segment. */
  public static Selector constituencies(Constituency... constituencies) {
    return constituencies(Arrays.asList(constituencies));
  }

  /** Speeches made in one of {@code constituencies}, in every segment. */
  static Selector constituencies(Collection<Constituency> constituencies) {
    ImmutableSet<Constituency> named = ImmutableSortedSet.copyOf(Constituency.standardOrder(),
        requireNonNull(constituencies, "constituencies"));
    if (named.isEmpty()) {
      throw new IllegalArgumentException("constituencies (" + constituencies + ") must name at least one");
    }
    List<LocalizedText> names = new ArrayList<>();
    named.forEach(c -> names.add(c.plural()));
    ImmutableSet<Constituency> set = ImmutableSet.copyOf(named);
    return new Selector(Scope.EVERYWHERE.with(new Scope.Part(Languages.list(names),
        s -> set.contains(s.constituency()), set, Scope.CONSTITUENCY)));
  }

  /** Speeches by speakers of one of {@code ranks}, in every segment. */
  public static Selector ranks(ProtocolRank... ranks) {
    ImmutableSet<ProtocolRank> set = Sets.immutableEnumSet(Arrays.asList(ranks));
    if (set.isEmpty()) {
      throw new IllegalArgumentException("ranks must name at least one rank");
    }
    List<LocalizedText> names = new ArrayList<>();
    set.forEach(r -> names.add(r.label()));
    return new Selector(Scope.EVERYWHERE.with(new Scope.Part(Languages.list(names),
        s -> set.contains(s.speaker().rank()), set)));
  }

  /**
   * Speeches for which {@code test} holds, in every segment; {@code label} says whom it selects
   * ("group statements"). Two such selectors are equal only if they hold the same predicate object.
   */
  public static Selector where(LocalizedText label, Predicate<? super Speech> test) {
    requireNonNull(label, "label");
    requireNonNull(test, "test");
    return new Selector(Scope.EVERYWHERE.with(new Scope.Part(label, test, test)));
  }

  /** The speeches both this selector and {@code other} select. */
  public Selector and(Selector other) {
    return new Selector(scope.and(requireNonNull(other, "other").scope));
  }

  /** Whether {@code speech} is one it selects, in a segment it covers. */
  boolean test(Speech speech) {
    return scope.test(requireNonNull(speech, "speech"));
  }

  /** Whom it selects in {@code plenary}, in words: "civil society in «The floor»". */
  public LocalizedText describe(Plenary plenary) {
    return scope.describe(requireNonNull(plenary, "plenary"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector other && scope.equals(other.scope);
  }

  @Override
  public int hashCode() {
    return scope.hashCode();
  }

  /** Where and whom, with ids: {@code floor: Civil society}. */
  @Override
  public String toString() {
    return scope.toString();
  }
}
