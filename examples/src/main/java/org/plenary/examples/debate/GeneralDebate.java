package org.plenary.examples.debate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;

/**
 * Another facilitation reusing the library by configuration alone: a three-hour general debate with
 * 150 requests to speak, heads of State first, five minutes a statement, and late requests admitted
 * after the others. Its rules come from {@code rules.properties} beside this class; nothing in the
 * library is changed or extended.
 */
public final class GeneralDebate {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private GeneralDebate() {}

  /** The debate: an opening by the President, the debate itself, a closing; three hours from 15:00. */
  public static Plenary plenary() {
    Speaker president = Speaker.of(Delegation.of("president",
        LocalizedText.of("President of the Assembly", "Président de l'Assemblée"), Constituency.CHAIR));
    return Plenary.builder()
        .title(LocalizedText.of("General debate", "Débat général"))
        .code("general-debate")
        .session(LocalizedText.of("Illustrative session", "Session d'illustration"))
        .date(LocalDate.of(2020, 12, 7)).start(LocalTime.of(15, 0))
        .venue(Venue.of(LocalizedText.of("New York", "New York"), ZONE))
        .budget(Duration.ofHours(3))
        .addChairs(president)
        .registration(Registration.of("debate@example.org", LocalDate.of(2020, 12, 1)))
        .addSegments(
            Segment.builder().id("opening").title(LocalizedText.of("Opening", "Ouverture"))
                .addInterventions(Intervention.builder().id("opening").speaker(president)
                    .duration(Duration.ofMinutes(5)).fixed(true).build())
                .build(),
            Segment.builder().id("debate").title(LocalizedText.of("General debate", "Débat général"))
                .takesRequests(true).build(),
            Segment.builder().id("closing").title(LocalizedText.of("Closing", "Clôture"))
                .addInterventions(Intervention.builder().id("closing").speaker(president)
                    .duration(Duration.ofMinutes(5)).fixed(true).build())
                .build())
        .build();
  }

  /** The rules, read from the configuration file beside this class. */
  public static RuleSet rules() {
    Properties properties = new Properties();
    try (InputStream in = GeneralDebate.class.getResourceAsStream("rules.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RuleSet.load(properties, "general-debate/rules.properties", Constituency.standardValues());
  }

  /**
   * 150 illustrative requests, seeded: 120 States with mixed ranks, observers, organisations and civil
   * society, received over three weeks; about one in ten arrives after the deadline.
   */
  public static List<RequestToSpeak> requests() {
    Random random = new Random(2020);
    Instant opens = LocalDate.of(2020, 11, 13).atStartOfDay(ZONE).toInstant();
    List<RequestToSpeak> out = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      Constituency c = i <= 120 ? Constituency.STATE_PARTY : i <= 130 ? Constituency.OBSERVER_STATE
          : i <= 140 ? Constituency.INTERNATIONAL_ORGANISATION : Constituency.CIVIL_SOCIETY;
      ProtocolRank rank = c == Constituency.STATE_PARTY
          ? ProtocolRank.values()[random.nextInt(ProtocolRank.values().length)] : ProtocolRank.OTHER;
      Delegation d = Delegation.of("D" + i, LocalizedText.of("Delegation " + i, "Délégation " + i), c);
      out.add(RequestToSpeak.builder().id("gd-" + i).speaker(Speaker.builder().delegation(d).rank(rank).build())
          .received(opens.plusSeconds(random.nextInt(22 * 24 * 3600)))
          .duration(Duration.ofMinutes(5 + random.nextInt(6))).segment("debate").build());
    }
    return out;
  }

  /** The debate planned under its configured rules. */
  public static Plan plan() {
    return Planner.of(rules()).plan(plenary(), requests());
  }

  /** Prints the debate's run sheet. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(Exporters.byFormat("runsheet").toText(plan().timetable(), ExportOptions.english()));
  }
}
