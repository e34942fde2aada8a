package org.plenary.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Messages;
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
public final class Selector {

  private enum Where { EVERYWHERE, LIST_SEGMENTS, NAMED }

  /** A condition on who speaks, with its words and what makes two conditions equal. */
  private record Part(LocalizedText label, Predicate<? super Speech> test, Object identity) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Part p && identity.equals(p.identity);
    }

    @Override
    public int hashCode() {
      return identity.hashCode();
    }
  }

  private static final Selector EVERYWHERE = new Selector(Where.EVERYWHERE, ImmutableSet.of(),
      ImmutableList.of());
  private static final Selector LIST_SEGMENTS = new Selector(Where.LIST_SEGMENTS, ImmutableSet.of(),
      ImmutableList.of());

  private final Where where;
  private final ImmutableSet<String> segments;
  private final ImmutableList<Part> parts;

  private Selector(Where where, ImmutableSet<String> segments, ImmutableList<Part> parts) {
    this.where = where;
    this.segments = segments;
    this.parts = parts;
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
  public static Selector segments(Collection<String> ids) {
    ImmutableSet<String> set = ImmutableSet.copyOf(requireNonNull(ids, "ids"));
    if (set.isEmpty()) {
      throw new IllegalArgumentException("segments (" + ids + ") must name at least one segment");
    }
    return new Selector(Where.NAMED, set, ImmutableList.of());
  }

  /** Speeches made in one of {@code constituencies}, in every segment. */
  public static Selector constituencies(Constituency... constituencies) {
    return constituencies(Arrays.asList(constituencies));
  }

  /** Speeches made in one of {@code constituencies}, in every segment. */
  public static Selector constituencies(Collection<Constituency> constituencies) {
    ImmutableSet<Constituency> named = ImmutableSortedSet.copyOf(Constituency.standardOrder(),
        requireNonNull(constituencies, "constituencies"));
    if (named.isEmpty()) {
      throw new IllegalArgumentException("constituencies (" + constituencies + ") must name at least one");
    }
    List<LocalizedText> names = new ArrayList<>();
    named.forEach(c -> names.add(c.plural()));
    ImmutableSet<Constituency> set = ImmutableSet.copyOf(named);
    Constituency[] members = set.toArray(new Constituency[0]);
    return EVERYWHERE.with(new Part(Languages.list(names), s -> isOneOf(s.constituency(), members), set));
  }

  /** Whether {@code c} is one of the few {@code members}: a scan, with no hash of a constituency to compute. */
  private static boolean isOneOf(Constituency c, Constituency[] members) {
    for (Constituency m : members) {
      if (m.equals(c)) {
        return true;
      }
    }
    return false;
  }

  /** Speeches by speakers of one of {@code ranks}, in every segment. */
  public static Selector ranks(ProtocolRank... ranks) {
    ImmutableSet<ProtocolRank> set = Sets.immutableEnumSet(Arrays.asList(ranks));
    if (set.isEmpty()) {
      throw new IllegalArgumentException("ranks must name at least one rank");
    }
    List<LocalizedText> names = new ArrayList<>();
    set.forEach(r -> names.add(r.label()));
    return EVERYWHERE.with(new Part(Languages.list(names), s -> set.contains(s.speaker().rank()), set));
  }

  /**
   * Speeches for which {@code test} holds, in every segment; {@code label} says whom it selects
   * ("group statements"). Two such selectors are equal only if they hold the same predicate object.
   */
  public static Selector where(LocalizedText label, Predicate<? super Speech> test) {
    requireNonNull(label, "label");
    requireNonNull(test, "test");
    return EVERYWHERE.with(new Part(label, test, test));
  }

  /** The speeches both this selector and {@code other} select. */
  public Selector and(Selector other) {
    requireNonNull(other, "other");
    Where w;
    ImmutableSet<String> named;
    if (where == Where.NAMED && other.where == Where.NAMED) {
      named = ImmutableSet.copyOf(Sets.intersection(segments, other.segments));
      if (named.isEmpty()) {
        throw new IllegalArgumentException("segments " + segments + " and " + other.segments
            + " have none in common");
      }
      w = Where.NAMED;
    } else if (where == Where.NAMED || other.where == Where.NAMED) {
      w = Where.NAMED;
      named = where == Where.NAMED ? segments : other.segments;
    } else {
      w = where == Where.LIST_SEGMENTS || other.where == Where.LIST_SEGMENTS ? Where.LIST_SEGMENTS
          : Where.EVERYWHERE;
      named = ImmutableSet.of();
    }
    ImmutableList.Builder<Part> all = ImmutableList.<Part>builder().addAll(parts);
    for (Part p : other.parts) {
      if (!parts.contains(p)) {
        all.add(p);
      }
    }
    return new Selector(w, named, all.build());
  }

  private Selector with(Part part) {
    return new Selector(where, segments, ImmutableList.<Part>builder().addAll(parts).add(part).build());
  }

  /** Whether it selects speeches in {@code segment}, whoever speaks. */
  public boolean covers(Segment segment) {
    return switch (where) {
      case EVERYWHERE -> true;
      case LIST_SEGMENTS -> segment.takesRequests();
      case NAMED -> segments.contains(segment.id());
    };
  }

  /** Whether it selects every speech of the segments it covers, whoever speaks. */
  public boolean wholeSegments() {
    return parts.isEmpty();
  }

  /** Whether it selects every speech of every segment. */
  public boolean everything() {
    return where == Where.EVERYWHERE && parts.isEmpty();
  }

  /** Whether it selects {@code speech} made in {@code segment}. */
  public boolean matches(Segment segment, Speech speech) {
    return covers(segment) && test(speech);
  }

  /** Whether {@code speech} is one it selects, in a segment it covers. */
  public boolean test(Speech speech) {
    for (Part p : parts) {
      if (!p.test().test(speech)) {
        return false;
      }
    }
    return true;
  }

  /** The segments of {@code plenary} it covers, in order. */
  public List<Segment> segmentsIn(Plenary plenary) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : plenary.segments()) {
      if (covers(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The segment ids it names that {@code plenary} does not have, in order. */
  public List<String> unknownSegments(Plenary plenary) {
    List<String> out = new ArrayList<>();
    for (String id : segments) {
      if (plenary.segment(id).isEmpty()) {
        out.add(id);
      }
    }
    return out;
  }

  /** Whom it selects in {@code plenary}, in words: "civil society in «The floor»". */
  public LocalizedText describe(Plenary plenary) {
    List<LocalizedText> who = new ArrayList<>();
    parts.forEach(p -> who.add(p.label()));
    List<LocalizedText> where = new ArrayList<>();
    if (this.where == Where.EVERYWHERE) {
      where.add(Messages.CORE.text("selector.sitting"));
    } else {
      for (Segment s : segmentsIn(plenary)) {
        where.add(Messages.CORE.text("selector.segment", s.title()));
      }
      if (where.isEmpty()) {
        where.add(Messages.CORE.text("selector.no-segment"));
      }
    }
    LocalizedText in = Languages.list(where);
    return who.isEmpty() ? in : Messages.CORE.text("selector.who-in", Languages.list(who), in);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selector other && where == other.where && segments.equals(other.segments)
        && ImmutableSet.copyOf(parts).equals(ImmutableSet.copyOf(other.parts));
  }

  @Override
  public int hashCode() {
    return (where.hashCode() * 31 + segments.hashCode()) * 31 + ImmutableSet.copyOf(parts).hashCode();
  }

  /** Where and whom, with ids: {@code floor: Civil society}. */
  @Override
  public String toString() {
    String in = switch (where) {
      case EVERYWHERE -> "everywhere";
      case LIST_SEGMENTS -> "list segments";
      case NAMED -> String.join(", ", segments);
    };
    List<String> who = new ArrayList<>();
    parts.forEach(p -> who.add(p.label().english()));
    return who.isEmpty() ? in : in + ": " + String.join(", ", who);
  }
}
