package org.plenary.core.internal.resolve;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.plenary.core.agenda.Speech;
import org.plenary.core.internal.scope.Scope;

/**
 * Whether scopes select the speeches of one resolution, by number. A condition that reads one thing
 * of a speech (its constituency, say) is asked once for each distinct value it reads, and each
 * speech's value is numbered once for all the conditions that read it: a long list asks each
 * request its constituency once, not once a declaration. Working storage of one resolution; not
 * thread-safe.
 */
final class Selecting {

  private final Speech[] speech;
  private final Map<Function<?, ?>, Values> values = new IdentityHashMap<>();
  /** For each condition that reads one thing: its answer for each value, 0 not asked, 1 yes, 2 no. */
  private final Map<Scope.Part, byte[]> answers = new IdentityHashMap<>();

  Selecting(Speech[] speech) {
    this.speech = speech;
  }

  /** What the parts of the scopes {@link #readAhead} was given read, read ahead for each speech. */
  private Values[] ahead = new Values[0];

  /**
   * Readies the values that the conditions of {@code scopes} read, so that {@link #read} reads them
   * of a speech while it is at hand.
   */
  void readAhead(List<Scope> scopes) {
    List<Values> all = new java.util.ArrayList<>();
    for (Scope scope : scopes) {
      for (Scope.Part p : scope.parts()) {
        if (p.reads() != null) {
          Values v = values.computeIfAbsent(p.reads(), Values::new);
          if (!all.contains(v)) {
            all.add(v);
          }
        }
      }
    }
    ahead = all.toArray(new Values[0]);
  }

  /** Numbers what the conditions readied by {@link #readAhead} read of speech {@code ref}. */
  void read(int ref) {
    for (Values v : ahead) {
      v.of(ref);
    }
  }

  /** Whether {@code scope} selects speech {@code ref}, as {@link Scope#test} says. */
  boolean test(Scope scope, int ref) {
    List<Scope.Part> parts = scope.parts();
    for (int i = 0; i < parts.size(); i++) {
      Scope.Part p = parts.get(i);
      if (!(p.reads() == null ? p.test().test(speech[ref]) : answer(p, ref))) {
        return false;
      }
    }
    return true;
  }

  private boolean answer(Scope.Part p, int ref) {
    // A long list asks one condition of speech after speech: its storage is kept at hand.
    if (p != lastPart) {
      lastValues = values.computeIfAbsent(p.reads(), Values::new);
      lastKnown = answers.get(p);
      lastPart = p;
    }
    int n = lastValues.of(ref);
    byte[] known = lastKnown;
    if (known == null || known.length <= n) {
      known = known == null ? new byte[Math.max(8, n + 1)] : Arrays.copyOf(known, Math.max(n + 1, known.length * 2));
      answers.put(p, known);
      lastKnown = known;
    }
    if (known[n] == 0) {
      known[n] = p.test().test(speech[ref]) ? (byte) 1 : (byte) 2;
    }
    return known[n] == 1;
  }

  /** The condition asked last, what it reads and its answers so far. */
  private Scope.Part lastPart;
  private Values lastValues;
  private byte[] lastKnown;

  /**
   * The number of what one function reads of each speech, equal values one number; the few values
   * a long list repeats are found by identity first.
   */
  private final class Values {
    private final Function<? super Speech, ?> reads;
    /** Each speech's number, plus one; 0 until read. */
    private final int[] number;
    private final Distinct distinct = new Distinct(8);
    /** The values met, by identity, and their numbers: the few a list repeats. */
    private final Object[] seen = new Object[8];
    private final int[] seenNumber = new int[8];
    private int seenCount;

    @SuppressWarnings("unchecked")
    Values(Function<?, ?> reads) {
      this.reads = (Function<? super Speech, ?>) reads;
      this.number = new int[speech.length];
    }

    int of(int ref) {
      int n = number[ref] - 1;
      if (n >= 0) {
        return n;
      }
      Object read = reads.apply(speech[ref]);
      Object value = read == null ? NULL : read;
      n = -1;
      for (int i = 0; i < seenCount; i++) {
        if (seen[i] == value) {
          n = seenNumber[i];
          break;
        }
      }
      if (n < 0) {
        n = distinct.of(value);
        if (seenCount < seen.length) {
          seen[seenCount] = value;
          seenNumber[seenCount++] = n;
        }
      }
      number[ref] = n + 1;
      return n;
    }
  }

  /** What stands for a null value read. */
  private static final Object NULL = new Object();
}
