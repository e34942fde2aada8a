package org.plenary.export.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.request.RequestToSpeak.Channel;
import org.plenary.core.text.LocalizedText;

/**
 * Applies the drafts in order of receipt (then of reading): requests go on the list, cancellations
 * take them off, replacements take their place under the settings' policy; then each standing
 * request gets its id, in order of receipt. What cannot apply (a cancellation with nothing to
 * cancel) goes to review. Each draft stays exactly one entry.
 */
final class Ledger {

  /** A request on the list: the draft that put it there, and the instant that ranks it. */
  private record Standing(Draft draft, Instant received, String segment) {}

  private final IntakeSettings settings;

  Ledger(IntakeSettings settings) {
    this.settings = settings;
  }

  /**
   * The result of {@code drafts}, each of which came by the channel at its place in
   * {@code channels}: a request keeps the channel of the draft that put it on the list (a
   * replacement's, once replaced).
   */
  IntakeResult close(List<Draft> drafts, List<Channel> channels, List<IntakeResult.Duplicate> duplicates,
      List<LocalizedText> problems, List<LocalizedText> notes) {
    Draft[] out = drafts.toArray(Draft[]::new);
    List<Draft> byReceipt = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.entry().outcome() != Outcome.REVIEW) {
        byReceipt.add(d);
      }
    }
    byReceipt.sort(Comparator.comparing((Draft d) -> d.entry().received().orElseThrow())
        .thenComparingInt(Draft::order));
    Map<String, List<Standing>> standing = new LinkedHashMap<>();
    for (Draft d : byReceipt) {
      String delegation = d.entry().delegation().orElseThrow().id();
      List<Standing> mine = standing.computeIfAbsent(delegation, k -> new ArrayList<>());
      Instant received = d.entry().received().orElseThrow();
      switch (d.entry().outcome()) {
        case REQUEST -> mine.add(new Standing(d, received, d.segment().orElseThrow()));
        case CANCELLATION -> {
          List<Standing> gone = mine.stream().filter(s -> matches(s, d)).toList();
          if (gone.isEmpty()) {
            out[d.order()] = d.withEntry(d.entry().withOutcome(Outcome.REVIEW, Reason.NOTHING_TO_CANCEL,
                d.entry().delegation().orElseThrow().name()));
          } else {
            mine.removeAll(gone);
            for (Standing s : gone) {
              note(out, s.draft(), Wording.BUNDLE.text("note.cancelled", d.entry().source()));
            }
          }
        }
        case REPLACEMENT -> {
          // The latest request in the segment stated, or else the latest at all: a replacement may move it.
          Optional<Standing> old = mine.stream().filter(s -> matches(s, d)).reduce((a, b) -> b)
              .or(() -> mine.stream().reduce((a, b) -> b));
          if (old.isEmpty()) {
            out[d.order()] = d.withEntry(d.entry().withOutcome(Outcome.REVIEW, Reason.NOTHING_TO_REPLACE,
                d.entry().delegation().orElseThrow().name()));
          } else {
            Standing s = old.get();
            mine.remove(s);
            note(out, s.draft(), Wording.BUNDLE.text("note.replaced", d.entry().source()));
            Instant at = settings.replacement() == ReplacementPolicy.KEEP_FIRST_RECEIPT ? s.received() : received;
            mine.add(new Standing(d, at, d.segmentStated() ? d.segment().orElseThrow() : s.segment()));
          }
        }
        default -> throw new IllegalStateException("not on the list: " + d.entry());
      }
    }
    List<Standing> all = new ArrayList<>();
    standing.values().forEach(all::addAll);
    all.sort(Comparator.comparing(Standing::received).thenComparingInt(s -> s.draft().order()));
    List<RequestToSpeak> requests = new ArrayList<>();
    Map<String, Integer> counters = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Standing s : all) {
      int n = counters.merge(s.segment(), 1, Integer::sum);
      String id = id(s, n, ids);
      requests.add(request(s, id, channels.get(s.draft().order())));
      Draft d = out[s.draft().order()];
      out[d.order()] = d.withEntry(d.entry().withRequestId(id));
    }
    List<IntakeEntry> entries = new ArrayList<>();
    for (Draft d : out) {
      entries.add(d.entry());
    }
    return new IntakeResult(entries, requests, duplicates, problems, notes);
  }

  private static boolean matches(Standing s, Draft d) {
    return !d.segmentStated() || d.segment().equals(Optional.of(s.segment()));
  }

  private static void note(Draft[] out, Draft d, LocalizedText note) {
    out[d.order()] = out[d.order()].withEntry(out[d.order()].entry().withNote(note));
  }

  private String id(Standing s, int n, Set<String> taken) {
    Delegation delegation = s.draft().entry().delegation().orElseThrow();
    String base = settings.idPattern(s.segment()).replace("{segment}", s.segment())
        .replace("{delegation}", delegation.id().toLowerCase(Locale.ROOT)).replace("{n}", Integer.toString(n));
    base = base.length() > 60 ? base.substring(0, 60) : base;
    String id = base;
    for (int k = 2; !taken.add(id); k++) {
      id = base + "-" + k;
    }
    return id;
  }

  private RequestToSpeak request(Standing s, String id, Channel channel) {
    Draft d = s.draft();
    Speaker.Builder speaker = Speaker.builder().delegation(d.entry().delegation().orElseThrow());
    d.speaker().ifPresent(speaker::name);
    d.function().ifPresent(f -> speaker.function(LocalizedText.of(f)));
    d.rank().ifPresent(speaker::rank);
    return RequestToSpeak.builder().id(id).speaker(speaker.build()).received(s.received())
        .duration(settings.duration(s.segment())).segment(s.segment()).channel(channel).build();
  }
}
