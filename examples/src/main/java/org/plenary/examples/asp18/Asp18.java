package org.plenary.examples.asp18;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Registration;
import org.plenary.core.agenda.Plenary.Theme;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.intake.MailIntake;
import org.plenary.export.yaml.PlenaryFile;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.Reserve;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.SpeakingTimeLimit;
import org.plenary.rules.time.TimeBudget;

/**
 * The plenary on cooperation of the eighteenth session of the Assembly of States Parties to the Rome
 * Statute (The Hague, 5 December 2019), as its concept note describes it, with an illustrative list
 * of speakers.
 *
 * <p>The note fixes the date, the two hours, the parts and their order, three minutes on the floor
 * and the registration deadline. It does not give the start time, the length of the parts other
 * than the floor, or how many places of the floor are held for observers and civil society: those
 * are the {@link Parameters} below, stated and easy to change.
 */
public final class Asp18 {

  /**
   * The plenary's own texts (titles, objectives, thanks, the passages rules cite) in the six official
   * languages: English and French from the concept note, the others translated by this project and
   * marked as unofficial in their files and on the agenda.
   */
  private static final Map<String, Properties> TEXTS = readTexts();

  /** The venue's zone: the Assembly sat in The Hague. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** The parts of the plenary whose length the note leaves open, and its start time. */
  public record Parameters(LocalTime start, Duration opening, Duration highLevelSegment,
      Duration highLevelStatement, Duration presentation, Duration courtBriefing,
      Duration nationalExperience, Duration floorStatement, Duration closing, int floorReserve) {

    /**
     * The values used in the example: 10:00, five-minute opening and closing, and so on; three places
     * of the floor held for observers, international organisations and civil society.
     */
    public static Parameters standard() {
      return new Parameters(LocalTime.of(10, 0), Duration.ofMinutes(5), Duration.ofMinutes(20),
          Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(10),
          Duration.ofMinutes(3), Duration.ofMinutes(5), 3);
    }
  }

  private static final Delegation CO_FACILITATORS = Delegation.of("cofac",
      text("delegation.cofac"),
      Constituency.CHAIR);
  private static final Delegation COURT = Delegation.of("ICC",
      text("delegation.court"), Constituency.COURT);

  private Asp18() {}

  /** The text {@code key} in every official language its files give, as written. */
  static LocalizedText text(String key) {
    Map<String, String> byLanguage = new TreeMap<>();
    TEXTS.forEach((language, texts) -> {
      String text = texts.getProperty(key);
      if (text != null) {
        byLanguage.put(language, text);
      }
    });
    return LocalizedText.of(byLanguage);
  }

  /**
   * Each official language's {@code texts*.properties}, by language tag: {@code texts.properties} in
   * English, {@code texts_fr.properties} in French, and so on, read as UTF-8.
   */
  private static Map<String, Properties> readTexts() {
    Map<String, Properties> out = new TreeMap<>();
    for (Locale language : LocalizedText.OFFICIAL_LANGUAGES) {
      String file = language.getLanguage().equals("en") ? "texts.properties"
          : "texts_" + language.toLanguageTag() + ".properties";
      try (InputStream in = Asp18.class.getResourceAsStream(file)) {
        Properties texts = new Properties();
        texts.load(new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8));
        out.put(language.toLanguageTag(), texts);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return out;
  }

  /**
   * What a report says of the plenary when it is this example's because no other was given: "the
   * ASP18 example; no plenary was given", in each official language.
   */
  public static LocalizedText fallback() {
    return text("fallback");
  }

  /** The plenary with the {@linkplain Parameters#standard() standard parameters}. */
  public static Plenary plenary() {
    return plenary(Parameters.standard());
  }

  /** The name of the file, beside this class, that writes the same plenary in YAML. */
  public static final String FILE = "asp18.yaml";

  /**
   * The plenary as {@link #FILE} writes it, read with {@link PlenaryFile}: the same plenary as
   * {@link #plenary()}, for a facilitator to copy and change without Java.
   */
  public static Plenary plenaryFromFile() {
    try (InputStream in = Asp18.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("the example's plenary file '" + FILE + "' is missing");
      }
      return PlenaryFile.plenary(in, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plenary with the given parameters. */
  public static Plenary plenary(Parameters p) {
    Speaker chair = Speaker.of(CO_FACILITATORS);
    return Plenary.builder()
        .title(text("title"))
        .code("asp18-cooperation")
        .subtitle(text("subtitle"))
        .session(text("session"))
        .date(LocalDate.of(2019, 12, 5))
        .start(p.start())
        .venue(Venue.of(text("venue"), ZONE))
        .budget(Duration.ofHours(2))
        .addChairs(chair)
        .registration(Registration.of("iccaspcoperation@gmail.com", LocalDate.of(2019, 12, 3)))
        .listSegment("floor")
        .addAcknowledgements(text("thanks"), text("source"))
        .addThemes(
            Theme.of("arrests", text("theme.arrests")),
            Theme.of("paris-declaration", text("theme.paris-declaration")),
            Theme.of("voluntary-agreements",
                text("theme.voluntary-agreements")))
        .addSegments(
            Segment.builder().id("opening")
                .title(text("opening.title"))
                .addInterventions(Intervention.builder().id("opening-remarks").speaker(chair)
                    .duration(p.opening()).fixed(true).build())
                .build(),
            Segment.builder().id("high-level")
                .title(text("high-level.title"))
                .objective(text("high-level.objective"))
                .allotment(p.highLevelSegment())
                .takesRequests(true)
                .build(),
            Segment.builder().id("segment-1")
                .title(text("segment-1.title"))
                .objective(text("segment-1.objective"))
                .addInterventions(
                    presentation("panel-1", p.presentation(),
                        text("panel-1")),
                    presentation("panel-2", p.presentation(),
                        text("panel-2")))
                .build(),
            Segment.builder().id("segment-2")
                .title(text("segment-2.title"))
                .objective(text("segment-2.objective"))
                .addInterventions(
                    Intervention.builder().id("court-briefing").speaker(Speaker.of(COURT))
                        .duration(p.courtBriefing()).fixed(true)
                        .title(text("court-briefing.title"))
                        .build(),
                    Intervention.builder().id("national-experience")
                        .speaker(Speaker.of(Delegation.of("tba-sp", text("tba-sp"),
                            Constituency.STATE_PARTY)))
                        .duration(p.nationalExperience())
                        .title(text("national-experience.title"))
                        .build())
                .build(),
            Segment.builder().id("floor")
                .title(text("floor.title"))
                .objective(text("floor.objective"))
                .takesRequests(true)
                .build(),
            Segment.builder().id("closing")
                .title(text("closing.title"))
                .addInterventions(Intervention.builder().id("closing-remarks").speaker(chair)
                    .duration(p.closing()).fixed(true).build())
                .build())
        .build();
  }

  private static Intervention presentation(String id, Duration d, LocalizedText who) {
    return Intervention.builder().id(id)
        .speaker(Speaker.of(Delegation.of(id, who, Constituency.STATE_PARTY)))
        .duration(d).build();
  }

  /** The rules of the note, each with the passage it comes from. */
  public static RuleSet rules() {
    return rules(Parameters.standard());
  }

  /** The rules of the note with the given parameters. */
  public static RuleSet rules(Parameters p) {
    return RuleSet.of(
        RegistrationDeadline.standard().because(text("because.deadline")),
        OnePerDelegation.inListSegments(),
        Precedence.tiers(List.of(Set.of(Constituency.STATE_PARTY), Set.of(Constituency.OBSERVER_STATE,
                Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY)))
            .because(text("because.precedence")),
        Reserve.places("floor", p.floorReserve(), Constituency.OBSERVER_STATE,
                Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY)
            .because(text("because.reserve")),
        FixedPosition.first("court-briefing").because(text("because.court-first")),
        SpeakingTimeLimit.inSegment("floor", p.floorStatement())
            .andInSegment("high-level", p.highLevelStatement())
            .because(text("because.time-limit")),
        SegmentAllotment.declared(),
        TimeBudget.waitListing().because(text("because.budget")));
  }

  /**
   * The illustrative list of speakers, read from the illustrative mailbox through the intake: six
   * high-level speakers and 40 requests for the floor from States Parties, observer States,
   * international organisations and civil society, received by e-mail between 18 November and 4
   * December 2019; three arrive after the deadline, one delegation asks twice, and there are more
   * than fit in two hours. The note names no speaker: see {@link Asp18Mailbox}.
   */
  public static List<RequestToSpeak> requests() {
    return intake().requests();
  }

  /** What the intake read from the illustrative mailbox: the list, and what went to review. */
  public static IntakeResult intake() {
    Path mail = mail();
    return MailIntake.of(plenary(), Directory.read(mail.resolve("directory.csv")),
        IntakeSettings.load(mail.resolve(MAIL_SETTINGS))).read(mail.resolve(MAILBOX));
  }

  /** The name of the illustrative mailbox in {@link #mail()}. */
  public static final String MAILBOX = "asp18.mbox";

  /** The name of the intake's settings beside the mailbox, in {@link #mail()}. */
  public static final String MAIL_SETTINGS = "intake.properties";

  /**
   * The intake's settings of the example, {@link #MAIL_SETTINGS} beside the mailbox: the ids and
   * speaking times of its two segments and the words that name the high-level segment.
   */
  public static IntakeSettings mailSettings() {
    try (InputStream in = Asp18.class.getResourceAsStream("mail/" + MAIL_SETTINGS)) {
      if (in == null) {
        throw new IllegalStateException("the example's settings 'mail/" + MAIL_SETTINGS + "' are missing");
      }
      return IntakeSettings.load(in, MAIL_SETTINGS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The folder of the illustrative mailbox, its directory and the intake's settings: the example's
   * resources where they are files, or else a copy of them in a temporary folder.
   */
  public static Path mail() {
    try {
      URL mbox = Asp18.class.getResource("mail/" + MAILBOX);
      if (mbox == null) {
        throw new IllegalStateException("the example's mailbox 'mail/" + MAILBOX + "' is missing");
      }
      if (mbox.getProtocol().equals("file")) {
        return Path.of(mbox.toURI()).getParent();
      }
      Path copy = Files.createTempDirectory("asp18-mail");
      for (String name : List.of(MAILBOX, "directory.csv", MAIL_SETTINGS)) {
        try (InputStream in = Asp18.class.getResourceAsStream("mail/" + name)) {
          Files.copy(in, copy.resolve(name));
        }
        copy.resolve(name).toFile().deleteOnExit();
      }
      copy.toFile().deleteOnExit();
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
