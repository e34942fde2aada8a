package org.plenary.core.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.scope.Fitting;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.Declarations.Verdict;
import org.plenary.core.text.LocalizedText;

/**
 * What a rule asks, in words derived from its declarations: each declaration becomes a phrase naming
 * whom its selector selects ("At most 3 min a speech: “The floor”"), in the order declared. A rule
 * that declares nothing, or throws while declaring, is described by its name.
 */
final class Described implements Declarations {

  private final Plenary plenary;
  private final List<LocalizedText> parts = new ArrayList<>();

  private Described(Plenary plenary) {
    this.plenary = plenary;
  }

  /** What {@code rule} asks of {@code plenary}, from what it declares for it. */
  static LocalizedText of(Rule rule, Plenary plenary) {
    Described d = new Described(plenary);
    try {
      rule.declare(d);
    } catch (RuntimeException e) {
      return rule.name();
    }
    if (d.parts.isEmpty()) {
      return rule.name();
    }
    LocalizedText out = d.parts.get(0);
    for (int i = 1; i < d.parts.size(); i++) {
      out = Messages.CORE.text("describe.next", out, d.parts.get(i));
    }
    return out;
  }

  private void say(String key, Selector who, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = who.describe(plenary);
    System.arraycopy(more, 0, args, 1, more.length);
    parts.add(Messages.CORE.text(key, args));
  }

  @Override
  public Plenary plenary() {
    return plenary;
  }

  @Override
  public void admit(Selector scope, Function<? super RequestToSpeak, Verdict> verdict) {
    say("describe.admit", scope);
  }

  @Override
  public void onePer(Selector scope, Function<? super Speech, ?> key) {
    say("describe.one-per", scope);
  }

  @Override
  public void order(Selector scope, Place place, ToLongFunction<? super RequestToSpeak> key) {
    say("describe.order", scope);
  }

  @Override
  public void alternate(Selector scope, Place place, Function<? super RequestToSpeak, String> group,
      List<String> turns) {
    say("describe.alternate", scope);
  }

  @Override
  public void pin(String id, int place) {
    LocalizedText who = LocalizedText.of(id);
    for (Segment s : plenary.segments()) {
      for (Intervention i : s.interventions()) {
        if (i.id().equals(id)) {
          who = i.speaker().delegation().name();
        }
      }
    }
    parts.add(place == LAST ? Messages.CORE.text("describe.pin.last", who)
        : Messages.CORE.text("describe.pin", who, place));
  }

  @Override
  public void limit(Selector who, Duration most) {
    say("describe.limit", who, Durations.text(most));
  }

  @Override
  public void capacity(Selector who, Duration most, Fit fit) {
    say("describe.capacity.time", who, Durations.text(most));
    Fitting fitting = Fitting.of(fit);
    if (fitting.shortens()) {
      parts.add(Messages.CORE.text(fitting.waitLists() ? "describe.fit.shorten-then-wait-list" : "describe.fit.shorten",
          Durations.text(fitting.minimum())));
    }
  }

  @Override
  public void capacity(Selector who, int places) {
    say("describe.capacity.places", who, places);
  }

  @Override
  public void reserve(Selector who, Duration time) {
    say("describe.reserve.time", who, Durations.text(time));
  }

  @Override
  public void reserve(Selector who, int places) {
    say("describe.reserve.places", who, places);
  }
}
