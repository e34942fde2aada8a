package org.plenary.examples.asp18;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Registration;
import org.plenary.core.agenda.Segment;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.agenda.Theme;
import org.plenary.core.agenda.Venue;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.intake.MailIntake;
import org.plenary.rules.deadline.RegistrationDeadline;
import org.plenary.rules.order.FixedPosition;
import org.plenary.rules.order.OnePerDelegation;
import org.plenary.rules.order.Precedence;
import org.plenary.rules.time.SegmentAllotment;
import org.plenary.rules.time.Reserve;
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
      LocalizedText.of("Co-facilitators on cooperation", "Co-facilitateurs sur la coopération"),
      Constituency.CHAIR);
  private static final Delegation COURT = Delegation.of("ICC",
      LocalizedText.of("International Criminal Court", "Cour pénale internationale"), Constituency.COURT);

  private Asp18() {}

  /** The plenary with the {@linkplain Parameters#standard() standard parameters}. */
  public static Plenary plenary() {
    return plenary(Parameters.standard());
  }

  /** The plenary with the given parameters. */
  public static Plenary plenary(Parameters p) {
    Speaker chair = Speaker.of(CO_FACILITATORS);
    return Plenary.builder()
        .title(LocalizedText.of("Plenary session on cooperation", "Séance plénière sur la coopération"))
        .code("asp18-cooperation")
        .subtitle(LocalizedText.of(
            "Inter-State and inter-institutional cooperation at the heart of the cooperation agenda",
            "La coopération interétatique et interinstitutionnelle au cœur des enjeux de coopération"))
        .session(LocalizedText.of(
            "Eighteenth session of the Assembly of States Parties to the Rome Statute",
            "Dix-huitième session de l'Assemblée des États Parties au Statut de Rome"))
        .date(LocalDate.of(2019, 12, 5))
        .start(p.start())
        .venue(Venue.of(LocalizedText.of("The Hague", "La Haye"), ZONE))
        .budget(Duration.ofHours(2))
        .addChairs(chair)
        .registration(Registration.of("iccaspcoperation@gmail.com", LocalDate.of(2019, 12, 3)))
        .addAcknowledgements(LocalizedText.of(
            "The co-facilitators on cooperation thank the European Commission for its financial support.",
            "Les co-facilitateurs sur la coopération expriment leur gratitude à la Commission européenne "
                + "pour son soutien financier."))
        .addThemes(
            Theme.of("arrests", LocalizedText.of("Arrests", "Les arrestations")),
            Theme.of("paris-declaration", LocalizedText.of(
                "Follow-up of the Paris Declaration on financial investigations and asset recovery",
                "Le suivi de la déclaration de Paris sur les enquêtes financières et le recouvrement des avoirs")),
            Theme.of("voluntary-agreements",
                LocalizedText.of("Voluntary agreements", "Les accords volontaires")))
        .addSegments(
            Segment.builder().id("opening")
                .title(LocalizedText.of("Opening by the co-facilitators", "Ouverture par les co-facilitateurs"))
                .addInterventions(Intervention.builder().id("opening-remarks").speaker(chair)
                    .duration(p.opening()).fixed(true).build())
                .build(),
            Segment.builder().id("high-level")
                .title(LocalizedText.of("Statements by high-level speakers of States Parties",
                    "Interventions d'orateurs de haut niveau des États Parties"))
                .objective(LocalizedText.of(
                    "The State perspective on the importance of cooperation with the ICC.",
                    "Apporter des précisions sur la perspective étatique de l'importance attachée à la "
                        + "coopération avec la CPI."))
                .allotment(p.highLevelSegment())
                .takesRequests(true)
                .build(),
            Segment.builder().id("segment-1")
                .title(LocalizedText.of(
                    "Segment I: Examples of inter-State and regional cooperation initiatives for an "
                        + "effective implementation of the mandate of the International Criminal Court",
                    "Segment I : Exemples d'initiatives interétatiques et régionales en matière de "
                        + "coopération pour une mise en œuvre efficace du mandat de la Cour pénale "
                        + "internationale"))
                .objective(LocalizedText.of(
                    "Concrete, successful initiatives by States: regional initiatives adopted in different "
                        + "geographic areas, and their typology (judicial cooperation, professionalisation "
                        + "of judicial systems...).",
                    "Mettre en lumière des exemples d'initiatives concrètes et réussies mises en œuvre par "
                        + "les États en matière de coopération, notamment des initiatives régionales "
                        + "adoptées au sein de différentes zones géographiques, et examiner leur typologie : "
                        + "coopération judiciaire, professionnalisation des systèmes judiciaires..."))
                .addInterventions(
                    presentation("panel-1", p.presentation(),
                        LocalizedText.of("First speaker (inter-State initiative), to be announced",
                            "Premier intervenant (initiative interétatique), à confirmer")),
                    presentation("panel-2", p.presentation(),
                        LocalizedText.of("Second speaker (regional initiative), to be announced",
                            "Second intervenant (initiative régionale), à confirmer")))
                .build(),
            Segment.builder().id("segment-2")
                .title(LocalizedText.of("Segment II: The Court's priorities and challenges in cooperation",
                    "Segment II : Les priorités et défis de la Cour en matière de coopération"))
                .objective(LocalizedText.of(
                    "The Court reviews its current priorities and challenges, in particular voluntary "
                        + "cooperation and arrests; a State Party shares a positive national experience "
                        + "of voluntary cooperation.",
                    "Permettre à la Cour de faire le point sur les priorités et défis actuels en matière "
                        + "de coopération, notamment la coopération volontaire et les arrestations ; un "
                        + "État partie partage un exemple positif d'expérience nationale en matière de "
                        + "coopération volontaire."))
                .addInterventions(
                    Intervention.builder().id("court-briefing").speaker(Speaker.of(COURT))
                        .duration(p.courtBriefing()).fixed(true)
                        .title(LocalizedText.of("Priorities and challenges: voluntary cooperation and arrests",
                            "Priorités et défis : coopération volontaire et arrestations"))
                        .build(),
                    Intervention.builder().id("national-experience")
                        .speaker(Speaker.of(Delegation.of("tba-sp", LocalizedText.of(
                            "A State Party, to be announced", "Un État partie, à confirmer"),
                            Constituency.STATE_PARTY)))
                        .duration(p.nationalExperience())
                        .title(LocalizedText.of("A national experience of voluntary cooperation",
                            "Une expérience nationale de coopération volontaire"))
                        .build())
                .build(),
            Segment.builder().id("floor")
                .title(LocalizedText.of("The floor: States Parties, observers and civil society",
                    "Débat : États Parties, observateurs et société civile"))
                .objective(LocalizedText.of(
                    "States Parties give their views on the subject or on cooperation in general, and share "
                        + "national progress towards voluntary agreements with the Court; observers and "
                        + "civil society may also take the floor.",
                    "Les États parties expriment leur point de vue sur ce sujet ou sur la coopération de "
                        + "manière plus générale, et partagent les avancées accomplies au plan national dans "
                        + "la perspective de la signature d'accords volontaires avec la Cour ; les "
                        + "observateurs et représentants de la société civile peuvent aussi se prononcer."))
                .takesRequests(true)
                .build(),
            Segment.builder().id("closing")
                .title(LocalizedText.of("Closing by the co-facilitators", "Clôture par les co-facilitateurs"))
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
        RegistrationDeadline.standard().because(LocalizedText.of(
            "concept note, footnote 1: requests must reach the Secretariat before Tuesday 3 December 2019",
            "note de présentation, note 1 : les demandes doivent être envoyées au Secrétariat avant le "
                + "mardi 3 décembre 2019")),
        OnePerDelegation.inListSegments(),
        Precedence.tiers(List.of(Set.of(Constituency.STATE_PARTY), Set.of(Constituency.OBSERVER_STATE,
                Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY)))
            .because(LocalizedText.of(
                "concept note: States Parties take the floor, then observers and civil society",
                "note de présentation : les États parties interviennent, puis les observateurs et la "
                    + "société civile")),
        Reserve.places("floor", p.floorReserve(), Constituency.OBSERVER_STATE,
                Constituency.INTERNATIONAL_ORGANISATION, Constituency.CIVIL_SOCIETY)
            .because(LocalizedText.of(
                "concept note: after the presentations, observers and representatives of civil society "
                    + "may also take the floor (the number of places held is illustrative)",
                "note de présentation : à l'issue des présentations, les observateurs et représentants de "
                    + "la société civile peuvent aussi se prononcer (le nombre de places réservées est "
                    + "donné à titre d'exemple)")),
        FixedPosition.first("court-briefing").because(LocalizedText.of(
            "concept note, Segment II: the Court reviews its priorities, then a State Party shares its experience",
            "note de présentation, Segment II : la Cour fait le point, puis un État partie partage son expérience")),
        SpeakingTimeLimit.inSegment("floor", p.floorStatement())
            .andInSegment("high-level", p.highLevelStatement())
            .because(LocalizedText.of(
                "concept note, Format: speakers are asked to limit their statements to three minutes at most",
                "note de présentation, Format : les orateurs sont priés de limiter leurs interventions à "
                    + "trois minutes maximum")),
        SegmentAllotment.declared(),
        TimeBudget.waitListing().because(LocalizedText.of(
            "concept note, Format: 2 hours in total", "note de présentation, Format : 2 heures au total")));
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
        IntakeSettings.load(mail.resolve("intake.properties"))).read(mail.resolve(MAILBOX));
  }

  /** The name of the illustrative mailbox in {@link #mail()}. */
  public static final String MAILBOX = "asp18.mbox";

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
      for (String name : List.of(MAILBOX, "directory.csv", "intake.properties")) {
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
