package org.plenary.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.request.RequestToSpeak;

/** Random lists of speakers for the benchmarks: constituencies, ranks, receipt times and durations. */
final class Lists {

  private static final Constituency[] CONSTITUENCIES = {Constituency.STATE_PARTY, Constituency.OBSERVER_STATE,
      Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY};

  private Lists() {}

  /**
   * {@code n} requests for the floor from {@code n} delegations, seeded: random constituencies, ranks,
   * receipt times over 25 days (about one in twelve after the ASP18 deadline) and 1 to 7 minutes.
   */
  static List<RequestToSpeak> floor(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant from = Instant.parse("2019-11-10T08:00:00Z");
    ProtocolRank[] ranks = ProtocolRank.values();
    List<RequestToSpeak> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Delegation d = Delegation.of("D" + i, "Delegation " + i, CONSTITUENCIES[random.nextInt(CONSTITUENCIES.length)]);
      Speaker speaker = Speaker.builder().delegation(d).rank(ranks[random.nextInt(ranks.length)]).build();
      out.add(RequestToSpeak.builder().id("q" + i).speaker(speaker)
          .received(from.plusSeconds(random.nextInt(25 * 24 * 3600)))
          .duration(Duration.ofSeconds(60 + random.nextInt(6 * 60))).segment("floor").build());
    }
    return out;
  }

  /** The rank of {@code c} in the default order of precedence. */
  static int group(Constituency c) {
    for (int i = 0; i < CONSTITUENCIES.length; i++) {
      if (CONSTITUENCIES[i].equals(c)) {
        return i;
      }
    }
    return CONSTITUENCIES.length;
  }
}
