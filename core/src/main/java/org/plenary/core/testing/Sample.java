package org.plenary.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;

/**
 * Test fixtures shared by the modules' tests: a small sample plenary (an opening, a briefing with a
 * fixed item, an open floor) and seeded generators of requests to speak.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Sample {

  /** The zone of the sample venue. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** The sample's registration deadline day. */
  public static final LocalDate DEADLINE = LocalDate.of(2021, 3, 1);

  private Sample() {}

  /** A delegation with a made-up code. */
  public static Delegation delegation(String id, Constituency c) {
    return Delegation.of(id, "Delegation " + id, c);
  }

  /** The sample plenary: 90 minutes from 15:00 on 3 March 2021, floor open to requests. */
  public static Plenary plenary() {
    return plenary(LocalDate.of(2021, 3, 3), LocalTime.of(15, 0), Duration.ofMinutes(90));
  }

  /** The sample plenary on another day, start and budget. */
  public static Plenary plenary(LocalDate date, LocalTime start, Duration budget) {
    Delegation chair = delegation("chair", Constituency.CHAIR);
    Delegation body = delegation("body", Constituency.COURT);
    return Plenary.builder()
        .title(LocalizedText.of("Sample sitting", "Séance d'essai"))
        .session(LocalizedText.of("Test session", "Session d'essai"))
        .date(date).start(start).budget(budget)
        .venue(Venue.of(LocalizedText.of("Test hall", "Salle d'essai"), ZONE))
        .registration(Registration.of("list@example.org", DEADLINE))
        .addSegments(
            Segment.builder().id("opening").title(LocalizedText.of("Opening", "Ouverture"))
                .addInterventions(Intervention.of("open", Speaker.of(chair), Duration.ofMinutes(5)))
                .build(),
            Segment.builder().id("briefing").title(LocalizedText.of("Briefing", "Exposé"))
                .addInterventions(
                    Intervention.builder().id("brief").speaker(Speaker.of(body))
                        .duration(Duration.ofMinutes(15)).fixed(true).build(),
                    Intervention.of("case", Speaker.of(delegation("S1", Constituency.STATE_PARTY)),
                        Duration.ofMinutes(10)))
                .build(),
            Segment.builder().id("floor").title(LocalizedText.of("Floor", "Débat"))
                .takesRequests(true).build())
        .build();
  }

  /**
   * {@code n} requests for the floor, seeded: constituencies, ranks, delegations (some twice), and
   * receipt times from a week before the deadline to a day after it.
   */
  public static List<RequestToSpeak> requests(int n, long seed) {
    Random random = new Random(seed);
    List<Constituency> constituencies = List.of(Constituency.STATE_PARTY, Constituency.OBSERVER_STATE,
        Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY);
    Instant base = DEADLINE.minusDays(7).atStartOfDay(ZONE).toInstant();
    List<RequestToSpeak> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Constituency c = constituencies.get(random.nextInt(constituencies.size()));
      Delegation d = delegation(c.id().substring(0, 2).toUpperCase(java.util.Locale.ROOT)
          + random.nextInt(Math.max(1, n)), c);
      ProtocolRank rank = ProtocolRank.values()[random.nextInt(ProtocolRank.values().length)];
      out.add(RequestToSpeak.builder().id("r" + i)
          .speaker(Speaker.builder().delegation(d).rank(rank).build())
          .received(base.plusSeconds(random.nextInt(8 * 24 * 3600)))
          .duration(Duration.ofSeconds(60 + random.nextInt(7 * 60)))
          .segment("floor").build());
    }
    return out;
  }
}
