package org.plenary.core.plan;

import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.plenary.core.internal.Checks;
import org.plenary.core.text.LocalizedText;

/**
 * One reason a speaker is where they are in a plan: which rule decided what, in words a reader
 * understands ("Cut from 5 min to 3 min by the speaking limit"). Every slot and waiting entry
 * carries the decisions that put it there, in the order the planner took them.
 *
 * <p>Immutable and thread-safe; equal decisions are interchangeable, so plans share them.
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1")
public abstract class Decision {

  /** What a rule decided about a speaker. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Kind {
    /** Admitted, to speak after every request received on time. */
    ADMITTED_LATE,
    /** Kept off the list for now: may be called if time allows. */
    WAIT_LISTED,
    /** Kept off the list for good. */
    REFUSED,
    /** Placed among the others by an order the rule declares. */
    ORDERED,
    /** Put at a fixed place in its segment. */
    PINNED,
    /** Given less time than asked, to a limit. */
    CUT,
    /** Given less time than asked, so that all fit. */
    SHORTENED,
    /** Kept on the list by time or places held for a group. */
    KEPT,
    /** Moved to a later meeting of a series. */
    CARRIED_OVER
  }

  Decision() {}

  /** What was decided. */
  @Value.Parameter
  public abstract Kind kind();

  /** The id of the rule, or of the re-plan strategy, that decided. */
  @Value.Parameter
  public abstract String ruleId();

  /** The decision in words, naming the rule as readers know it. */
  @Value.Parameter
  public abstract LocalizedText message();

  /** A decision of {@code kind} by {@code ruleId}, worded as {@code message}. */
  public static Decision of(Kind kind, String ruleId, LocalizedText message) {
    return ImmutableDecision.of(kind, ruleId, message);
  }

  /** Whether it keeps the speaker off the list: waiting, refused or carried over. */
  final boolean keepsOut() {
    return kind() == Kind.WAIT_LISTED || kind() == Kind.REFUSED || kind() == Kind.CARRIED_OVER;
  }

  @Value.Check
  void check() {
    Checks.notBlank("decision rule id", ruleId());
  }

  /** The message in English. */
  @Override
  public String toString() {
    return message().in(Locale.ENGLISH);
  }
}
