package org.plenary.rules.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.rule.Declarations;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleConfig;
import org.plenary.core.rule.RuleProvider;
import org.plenary.core.rule.Selector;
import org.plenary.core.text.LocalizedText;
import org.plenary.rules.internal.Messages;

/**
 * Interventions with a fixed place in their segment: "the Court's briefing opens Segment II", or the
 * customary first speakers of a general debate.
 *
 * <p>A place is {@code 1} (first), {@code n} (the n-th) or {@link #LAST}. A pinned speaker is never
 * an error of another rule's order. A request pinned by id is best given a label, which the agenda
 * shows instead of the id. Configuration keys: {@code <intervention id>} = {@code first},
 * {@code last} or a number. Immutable and thread-safe.
 */
public final class FixedPosition extends Rule {

  /** The rule id. */
  public static final String ID = "order.fixed-position";

  /** The place that means "last in its segment". */
  public static final int LAST = Declarations.LAST;

  private record Place(int place, Optional<LocalizedText> label) {}

  private final ImmutableMap<String, Place> places;

  private FixedPosition(Map<String, Place> places) {
    super(ID, Messages.RULES.text("order.fixed-position.name"), Messages.RULES.text("order.fixed-position.reason"));
    this.places = ImmutableMap.copyOf(places);
    this.places.forEach((id, p) -> {
      if (p.place() == 0 || p.place() < LAST) {
        throw new IllegalArgumentException("place of '" + id + "' (" + p.place()
            + ") must be 1 or more, or LAST (-1)");
      }
    });
  }

  /** {@code interventionId} opens its segment. */
  public static FixedPosition first(String interventionId) {
    return none().and(interventionId, 1);
  }

  /** No fixed place yet. */
  public static FixedPosition none() {
    return new FixedPosition(Map.of());
  }

  /** The rule as {@code config} sets it: {@code <intervention id> = first | last | n}. */
  public static FixedPosition configured(RuleConfig config) {
    FixedPosition rule = none();
    for (String key : config.keys()) {
      if (!key.startsWith("because.")) {
        rule = rule.and(key, place(config, key, config.text(key).orElseThrow()));
      }
    }
    return rule;
  }

  private static int place(RuleConfig config, String key, String value) {
    String v = value.trim();
    if (v.equals("first")) {
      return 1;
    }
    if (v.equals("last")) {
      return LAST;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw config.error(key, value, "is not a place: 'first', 'last' or a number from 1");
  }

  /** This rule with {@code interventionId} at {@code place} (1 is first, {@link #LAST} is last). */
  public FixedPosition and(String interventionId, int place) {
    return with(interventionId, new Place(place, Optional.empty()));
  }

  /** This rule with the request {@code id}, which readers know as {@code label}, at {@code place}. */
  public FixedPosition and(String id, int place, LocalizedText label) {
    return with(id, new Place(place, Optional.of(requireNonNull(label, "label"))));
  }

  private FixedPosition with(String id, Place place) {
    Map<String, Place> copy = new LinkedHashMap<>(places);
    copy.put(requireNonNull(id, "id"), place);
    return new FixedPosition(copy);
  }

  private LocalizedText description() {
    return Messages.RULES.text("order.fixed-position.description");
  }

  /** The places, naming each intervention and its segment as the agenda does. */
  @Override
  public LocalizedText describe(Plenary plenary) {
    if (places.isEmpty()) {
      return description();
    }
    List<LocalizedText> parts = new ArrayList<>();
    places.forEach((id, p) -> {
      LocalizedText who = p.label().orElse(LocalizedText.of(id));
      LocalizedText where = Messages.RULES.text("order.fixed-position.its-segment");
      for (Segment s : plenary.segments()) {
        for (Intervention i : s.interventions()) {
          if (i.id().equals(id)) {
            LocalizedText name = i.speaker().delegation().name();
            who = p.label().orElse(i.title().map(t -> Messages.RULES.text("order.fixed-position.who", name, t))
                .orElse(name));
            where = Selector.segments(s.id()).describe(plenary);
          }
        }
      }
      String key = p.place() == LAST ? "order.fixed-position.last"
          : p.place() == 1 ? "order.fixed-position.first" : "order.fixed-position.place";
      parts.add(Messages.RULES.text(key, who, p.place(), where));
    });
    return Messages.RULES.text("order.fixed-position.describe", Languages.list(parts));
  }

  @Override
  public void declare(Declarations declarations) {
    places.forEach((id, p) -> declarations.pin(id, p.place()));
  }

  @Override
  public String toString() {
    Map<String, Integer> shown = new LinkedHashMap<>();
    places.forEach((id, p) -> shown.put(id, p.place()));
    return ID + " " + shown;
  }

  /** Makes the rule from {@code <intervention id> = first | last | n}. */
  public static final class Provider extends RuleProvider.Of {

    /** Made by {@link java.util.ServiceLoader}, or by hand. */
    public Provider() {
      super(ID, FixedPosition::configured);
    }
  }
}
