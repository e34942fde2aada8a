package org.plenary.core.internal.resolve;

import java.time.Duration;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.Messages;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Decision;
import org.plenary.core.rule.Rule;
import org.plenary.core.text.LocalizedText;

/**
 * Words every kind of declaration uses: who speaks, a segment, a duration, a decision naming its
 * rule. Each is written when first read, so that nothing is formatted for a text nobody opens.
 */
final class Words {

  private Words() {}

  /** The decision of {@code kind} by {@code rule}, worded as {@code key} with the rule's name first. */
  static Decision decision(Decision.Kind kind, Rule rule, String key, Object... args) {
    return decision(kind, rule.id(), rule.name(), key, args);
  }

  /** The decision of {@code kind} by {@code ownerId}, worded as {@code key} with {@code ownerName} first. */
  static Decision decision(Decision.Kind kind, String ownerId, LocalizedText ownerName, String key,
      Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = ownerName;
    System.arraycopy(args, 0, all, 1, args.length);
    return Decision.of(kind, ownerId, Messages.CORE.text(key, all));
  }

  /** The core's message {@code key} with {@code args}. */
  static LocalizedText text(String key, Object... args) {
    return Messages.CORE.text(key, args);
  }

  /** Who makes {@code speech}: the delegation's name. */
  static LocalizedText who(Speech speech) {
    return speech.speaker().delegation().name();
  }

  /** "«The floor»". */
  static LocalizedText segment(Segment s) {
    return Messages.CORE.text("selector.segment", s.title());
  }

  /** A duration as readers write it in each language. */
  static LocalizedText time(Duration d) {
    return Durations.text(d);
  }

  /** A duration in nanoseconds as readers write it in each language. */
  static LocalizedText time(long nanos) {
    return Durations.text(Duration.ofNanos(nanos));
  }
}
