package org.plenary.core.internal.scope;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;

/**
 * A {@code Selector} as the planner reads it: the segments it covers and the conditions on who
 * speaks, each with its words. {@code Selector} is the public face and holds one; the planner asks
 * it whether it covers a segment, selects a speech, or takes whole segments. Immutable and
 * thread-safe when its predicates are.
 */
public final class Scope {

  /** Where a scope applies. */
  public enum Where {
    /** Every segment. */
    EVERYWHERE,
    /** The segments that take requests. */
    LIST_SEGMENTS,
    /** The segments named. */
    NAMED
  }

  /**
   * A condition on who speaks, with its words and what makes two conditions equal; {@code reads},
   * when not null, is all the test reads of a speech, so that two speeches it gives equal values
   * are selected alike, and a planner may ask the test once for each value.
   */
  public record Part(LocalizedText label, Predicate<? super Speech> test, Object identity,
      Function<? super Speech, ?> reads) {

    /** A condition that may read anything of a speech. */
    public Part(LocalizedText label, Predicate<? super Speech> test, Object identity) {
      this(label, test, identity, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Part p && identity.equals(p.identity);
    }

    @Override
    public int hashCode() {
      return identity.hashCode();
    }
  }

  /** What a condition on the constituency reads of a speech: its {@link Speech#constituency}. */
  public static final Function<Speech, Object> CONSTITUENCY = Speech::constituency;

  /** Every speech in every segment. */
  public static final Scope EVERYWHERE = new Scope(Where.EVERYWHERE, ImmutableSet.of(), ImmutableList.of());
  /** Every speech in the segments that take requests. */
  public static final Scope LIST_SEGMENTS = new Scope(Where.LIST_SEGMENTS, ImmutableSet.of(), ImmutableList.of());

  private static final Reader<Scope> READER = new Reader<>("selector");

  private final Where where;
  private final ImmutableSet<String> segments;
  private final ImmutableList<Part> parts;

  private Scope(Where where, ImmutableSet<String> segments, ImmutableList<Part> parts) {
    this.where = where;
    this.segments = segments;
    this.parts = parts;
  }

  /** Every speech in the segments {@code ids}, which must not be empty. */
  public static Scope named(ImmutableSet<String> ids) {
    return new Scope(Where.NAMED, ids, ImmutableList.of());
  }

  /** How {@code Selector} gives its scope: set once, by {@code Selector} itself when it is loaded. */
  public static void readSelectorsWith(Function<Object, Scope> read) {
    READER.register(read);
  }

  /** The scope of {@code selector}, a {@code Selector}. */
  public static Scope of(Object selector) {
    return READER.of(selector);
  }

  /** This scope, also requiring {@code part}. */
  public Scope with(Part part) {
    return new Scope(where, segments, ImmutableList.<Part>builder().addAll(parts).add(part).build());
  }

  /** The speeches both this scope and {@code other} select. */
  public Scope and(Scope other) {
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
    return new Scope(w, named, all.build());
  }

  /** Whether it selects speeches in {@code segment}, whoever speaks. */
  public boolean covers(Segment segment) {
    return switch (where) {
      case EVERYWHERE -> true;
      case LIST_SEGMENTS -> segment.takesRequests();
      case NAMED -> segments.contains(segment.id());
    };
  }

  /** Its conditions on who speaks, all of which a speech must meet. */
  public List<Part> parts() {
    return parts;
  }

  /** Whether it selects every speech of the segments it covers, whoever speaks. */
  public boolean wholeSegments() {
    return parts.isEmpty();
  }

  /** Whether it selects every speech of every segment. */
  public boolean everything() {
    return where == Where.EVERYWHERE && parts.isEmpty();
  }

  /** Whether {@code speech} is one it selects, in a segment it covers. */
  public boolean test(Speech speech) {
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).test().test(speech)) {
        return false;
      }
    }
    return true;
  }

  /** Whether it selects {@code speech} made in {@code segment}. */
  public boolean matches(Segment segment, Speech speech) {
    return covers(segment) && test(speech);
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

  /** Whether it covers every segment of {@code plenary} that {@code other} covers, and at least one. */
  public boolean coversAllOf(Scope other, Plenary plenary) {
    boolean any = false;
    for (Segment s : plenary.segments()) {
      if (other.covers(s)) {
        any = true;
        if (!covers(s)) {
          return false;
        }
      }
    }
    return any;
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

  /** What findings about it are about: its one segment, or the plan. */
  public String subject(Plenary plenary) {
    List<Segment> in = segmentsIn(plenary);
    return in.size() == 1 && in.size() < plenary.segments().size() ? in.get(0).id() : "plan";
  }

  /** Whom it selects in {@code plenary}, in words: "civil society in «The floor»". */
  public LocalizedText describe(Plenary plenary) {
    List<LocalizedText> who = new ArrayList<>();
    parts.forEach(p -> who.add(p.label()));
    List<LocalizedText> in = new ArrayList<>();
    if (where == Where.EVERYWHERE) {
      in.add(Messages.CORE.text("selector.sitting"));
    } else {
      for (Segment s : segmentsIn(plenary)) {
        in.add(Messages.CORE.text("selector.segment", s.title()));
      }
      if (in.isEmpty()) {
        in.add(Messages.CORE.text("selector.no-segment"));
      }
    }
    LocalizedText at = Languages.list(in);
    return who.isEmpty() ? at : Messages.CORE.text("selector.who-in", Languages.list(who), at);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope other && where == other.where && segments.equals(other.segments)
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
