package org.plenary.examples.asp18;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.EncoderUtil;

/**
 * Writes the ASP18 example's <b>illustrative</b> mailbox and directory: the requests to speak a
 * Secretariat might have received for the plenary on cooperation, as an mbox, and the delegations'
 * addresses, as the directory CSV the intake reads. The concept note names no speaker; every
 * delegation, address, instant and message here is made up, with {@code .example} domains.
 *
 * <p>The mailbox holds six high-level requests and forty for the floor (three after the deadline,
 * one delegation writing twice), in English and French, plain text or HTML, quoted-printable,
 * base64 or 8-bit, UTF-8 or ISO-8859-1; and what a real inbox also holds: a request that is
 * replaced and then cancelled, an automatic reply, a bounce, a stranger, a forward, a message
 * without a {@code Received:} header and a message exported twice. The output is the same bytes at
 * every run. Run it to regenerate the resources:
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.plenary.examples.asp18.Asp18Mailbox
 * </pre>
 */
public final class Asp18Mailbox {

  /** Where the resources live, from the project's root. */
  public static final Path RESOURCES = Path.of("examples/src/main/resources/org/plenary/examples/asp18/mail");

  private static final ZoneId HAGUE = Asp18.ZONE;
  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM uuuu HH:mm:ss xx", Locale.ENGLISH);
  private static final DateTimeFormatter MBOX = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.ENGLISH);
  private static final String SECRETARIAT = "iccaspcooperation@gmail.com";

  /** A delegation of the example: its directory entry, the language it writes in and its zone. */
  record Writer(String id, String en, String fr, String constituency, boolean french, String zone) {
    String domain() {
      return id.toLowerCase(Locale.ROOT) + (constituency.equals("state-party") || constituency.equals("observer-state")
          ? "-mfa.example" : ".example");
    }

    String address() {
      return (constituency.equals("state-party") || constituency.equals("observer-state") ? "delegation" : "asp")
          + "@" + domain();
    }

    String directoryAddresses() {
      return constituency.equals("state-party") || constituency.equals("observer-state") ? "@" + domain() : address();
    }
  }

  /** One message of the mailbox, before it is written. */
  private record Letter(Instant received, Writer from, String subject, String body, boolean html,
      boolean withReceived, String extraHeaders, String messageId) {}

  private static final List<Writer> HIGH_LEVEL = List.of(
      new Writer("SEN", "Senegal", "Sénégal", "state-party", true, "Africa/Dakar"),
      new Writer("NLD", "Netherlands", "Pays-Bas", "state-party", false, "Europe/Amsterdam"),
      new Writer("ARG", "Argentina", "Argentine", "state-party", false, "America/Argentina/Buenos_Aires"),
      new Writer("FIN", "Finland", "Finlande", "state-party", false, "Europe/Helsinki"),
      new Writer("CRI", "Costa Rica", "Costa Rica", "state-party", false, "America/Costa_Rica"),
      new Writer("JPN", "Japan", "Japon", "state-party", false, "Asia/Tokyo"));
  private static final List<String> HIGH_LEVEL_RANKS = List.of("Ministre", "Minister", "Vice-Minister",
      "Head of Government", "Ambassador", "Vice-Minister");

  private static final List<Writer> FLOOR = List.of(
      w("DEU", "Germany", "Allemagne"), fr("FRA", "France", "France"),
      new Writer("CICC", "Coalition for the International Criminal Court",
          "Coalition pour la Cour pénale internationale", "civil-society", false, "America/New_York"),
      w("BRA", "Brazil", "Brésil"), new Writer("UGA", "Uganda", "Ouganda", "state-party", false, "Africa/Kampala"),
      new Writer("EU", "European Union", "Union européenne", "international-organisation", false, "Europe/Brussels"),
      new Writer("CAN", "Canada", "Canada", "state-party", false, "America/Toronto"),
      new Writer("FIDH", "International Federation for Human Rights",
          "Fédération internationale pour les droits humains", "civil-society", true, "Europe/Paris"),
      w("MEX", "Mexico", "Mexique"), fr("BEL", "Belgium", "Belgique"),
      new Writer("OBS1", "Observer State A", "État observateur A", "observer-state", false, "Europe/Amsterdam"),
      new Writer("NGA", "Nigeria", "Nigéria", "state-party", false, "Africa/Lagos"),
      fr("CHE", "Switzerland", "Suisse"),
      new Writer("AU", "African Union", "Union africaine", "international-organisation", false, "Africa/Addis_Ababa"),
      w("GBR", "United Kingdom", "Royaume-Uni"), w("COL", "Colombia", "Colombie"), fr("TUN", "Tunisia", "Tunisie"),
      new Writer("AI", "Amnesty International", "Amnesty International", "civil-society", false, "Europe/London"),
      w("ITA", "Italy", "Italie"), fr("CIV", "Côte d'Ivoire", "Côte d'Ivoire"), w("ESP", "Spain", "Espagne"),
      new Writer("OBS2", "Observer State B", "État observateur B", "observer-state", false, "Europe/Amsterdam"),
      w("PRT", "Portugal", "Portugal"), w("GHA", "Ghana", "Ghana"),
      new Writer("AUS", "Australia", "Australie", "state-party", false, "Australia/Sydney"),
      new Writer("HRW", "Human Rights Watch", "Human Rights Watch", "civil-society", false, "America/New_York"),
      w("POL", "Poland", "Pologne"), w("CHL", "Chile", "Chili"),
      new Writer("KOR", "Republic of Korea", "République de Corée", "state-party", false, "Asia/Seoul"),
      new Writer("IOM", "International Organization for Migration",
          "Organisation internationale pour les migrations", "international-organisation", false, "Europe/Zurich"),
      w("SWE", "Sweden", "Suède"), w("PER", "Peru", "Pérou"),
      new Writer("NZL", "New Zealand", "Nouvelle-Zélande", "state-party", false, "Pacific/Auckland"),
      fr("FRA", "France", "France"),
      new Writer("PWJ", "Parliamentarians for Global Action", "Parlementaires pour une action mondiale",
          "civil-society", false, "America/New_York"),
      w("IRL", "Ireland", "Irlande"), fr("BEN", "Benin", "Bénin"), w("LIE", "Liechtenstein", "Liechtenstein"),
      w("AUT", "Austria", "Autriche"), new Writer("KEN", "Kenya", "Kenya", "state-party", false, "Africa/Nairobi"));

  private static final Writer URUGUAY = w("URY", "Uruguay", "Uruguay");
  private static final Writer STRANGER = w("XXX", "Nobody", "Personne");

  private Asp18Mailbox() {}

  private static Writer w(String id, String en, String fr) {
    return new Writer(id, en, fr, "state-party", false, "Europe/Amsterdam");
  }

  private static Writer fr(String id, String en, String fr) {
    return new Writer(id, en, fr, "state-party", true, "Europe/Paris");
  }

  /** Writes {@code asp18.mbox} and {@code directory.csv} to {@code folder}, or to {@link #RESOURCES}. */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : RESOURCES;
    write(folder);
    System.out.println("Illustrative mailbox and directory written to " + folder.toAbsolutePath().normalize());
  }

  /** Writes both files to {@code folder}, creating it. */
  public static void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("directory.csv"), directory().getBytes(StandardCharsets.UTF_8));
    Files.write(folder.resolve("asp18.mbox"), mbox());
  }

  /** The names in Arabic, Chinese, Russian and Spanish, from {@code names.csv} beside the mailbox. */
  private static final List<String> OTHER_NAMES = List.of("name_ar", "name_zh", "name_ru", "name_es");

  private static java.util.Map<String, org.apache.commons.csv.CSVRecord> otherNames() {
    try (var in = Asp18Mailbox.class.getResourceAsStream("mail/names.csv")) {
      java.util.Map<String, org.apache.commons.csv.CSVRecord> byId = new java.util.HashMap<>();
      for (var row : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
        byId.put(row.get("id"), row);
      }
      return byId;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read names.csv", e);
    }
  }

  static String directory() {
    var names = otherNames();
    StringBuilder out = new StringBuilder("id,name_en,name_fr,constituency,addresses,note,"
        + String.join(",", OTHER_NAMES) + "\n");
    List<Writer> all = new ArrayList<>(HIGH_LEVEL);
    all.addAll(FLOOR);
    all.add(URUGUAY);
    List<String> seen = new ArrayList<>();
    for (Writer w : all) {
      if (!seen.contains(w.id())) {
        seen.add(w.id());
        out.append(String.join(",", w.id(), csv(w.en()), csv(w.fr()), w.constituency(), w.directoryAddresses(),
            "illustrative"));
        var row = names.get(w.id());
        for (String column : OTHER_NAMES) {
          out.append(',').append(row == null ? "" : csv(row.get(column)));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  static byte[] mbox() throws IOException {
    List<Letter> letters = new ArrayList<>();
    ZonedDateTime first = ZonedDateTime.of(2019, 11, 18, 9, 0, 0, 0, HAGUE);
    for (int i = 0; i < HIGH_LEVEL.size(); i++) {
      Writer w = HIGH_LEVEL.get(i);
      String segment = w.french() ? "Interventions d'orateurs de haut niveau des États Parties" : "high-level";
      letters.add(request(first.plusHours(7L * i).toInstant(), w, segment,
          (w.french() ? "Rang : " : "Rank: ") + HIGH_LEVEL_RANKS.get(i), i));
    }
    ZonedDateTime deadline = LocalDate.of(2019, 12, 3).atStartOfDay(HAGUE);
    for (int k = 0; k < FLOOR.size(); k++) {
      Writer w = FLOOR.get(k);
      Instant received = k < FLOOR.size() - 3 ? first.plusMinutes(347L * k).toInstant()
          : deadline.plusHours(9L + 10L * (k - FLOOR.size() + 3)).toInstant();
      String segment = w.french() ? "Débat : États Parties, observateurs et société civile" : "floor";
      Letter l = request(received, w, segment, "", 100 + k);
      if (w.id().equals("UGA")) {
        l = new Letter(l.received(), w, l.subject(), l.body(), false, false, l.extraHeaders(), l.messageId());
      }
      letters.add(l);
    }
    letters.addAll(others(first));
    letters.sort(Comparator.comparing(Letter::received));
    Letter germany = letters.stream().filter(l -> l.from().id().equals("DEU")).findFirst().orElseThrow();
    letters.add(germany);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Letter l : letters) {
      write(l, out);
    }
    return out.toByteArray();
  }

  private static Letter request(Instant received, Writer w, String segment, String extraLine, int n) {
    String subject = w.french() ? "Demande d'inscription sur la liste des orateurs — séance plénière sur la coopération"
        : "Request to speak — plenary session on cooperation";
    String body = w.french()
        ? "Madame, Monsieur,\n\nLa délégation (" + w.fr() + ") souhaite prendre la parole lors de la séance "
            + "plénière sur la coopération du 5 décembre 2019.\n\nSegment : " + segment + "\n"
            + (extraLine.isEmpty() ? "" : extraLine + "\n")
            + "\nVeuillez agréer l'expression de notre haute considération.\n"
        : "Dear Secretariat,\n\nThe delegation of " + w.en() + " wishes to take the floor at the plenary "
            + "session on cooperation on 5 December 2019.\n\nSegment: " + segment + "\n"
            + (extraLine.isEmpty() ? "" : extraLine + "\n") + "\nWith our thanks and best regards,\n";
    boolean html = w.id().equals("CAN") || w.id().equals("KOR");
    return new Letter(received, w, subject, body, html, true, "", messageId(w, n));
  }

  private static String messageId(Writer w, int n) {
    return "<asp18." + n + "." + w.id().toLowerCase(Locale.ROOT) + "@" + w.domain() + ">";
  }

  /** A replaced then cancelled request, an automatic reply, a bounce, a stranger and a forward. */
  private static List<Letter> others(ZonedDateTime first) {
    Writer nld = HIGH_LEVEL.get(1);
    Writer cicc = FLOOR.get(2);
    Writer daemon = new Writer("MAILER-DAEMON", "Mail Delivery System", "Mail Delivery System", "none", false,
        "Europe/Amsterdam");
    return List.of(
        request(first.plusDays(2).plusHours(2).plusMinutes(2).toInstant(), URUGUAY, "floor", "", 200),
        new Letter(first.plusDays(3).plusMinutes(40).toInstant(), URUGUAY, "Replacement of speaker — Uruguay",
            "Dear Secretariat,\n\nPlease note the following replacement in our request to speak.\n\n"
                + "Speaker: Mr. Martín Illustrativo\nFunction: Legal Adviser\n\nBest regards,\n",
            false, true, "", messageId(URUGUAY, 201)),
        new Letter(first.plusDays(9).plusHours(7).plusMinutes(5).toInstant(), URUGUAY,
            "Cancellation of our request to speak",
            "Dear Secretariat,\n\nUruguay withdraws its request to take the floor. Thank you.\n",
            false, true, "", messageId(URUGUAY, 202)),
        new Letter(first.plusDays(1).minusMinutes(45).toInstant(), nld,
            "Automatic reply: Plenary session on cooperation — list of speakers",
            "I am out of the office until 25 November 2019, with limited access to e-mail.\n",
            false, true, "Auto-Submitted: auto-replied\n", messageId(nld, 300)),
        new Letter(first.plusDays(4).plusHours(3).toInstant(), daemon, "Undelivered Mail Returned to Sender",
            "This is the mail system at host mail.secretariat.example.\n\nI'm sorry to have to inform you that "
                + "your message could not be delivered to one or more recipients.\n",
            false, true, "", "<asp18.301.bounce@mail.secretariat.example>"),
        new Letter(first.plusDays(5).plusHours(1).plusMinutes(13).toInstant(), STRANGER,
            "Request to speak — Observer State C",
            "Hello,\n\nI would like to register Observer State C on the list of speakers.\n\nSegment: floor\n",
            false, true, "", "<asp18.302.stranger@mail.example>"),
        new Letter(first.plusDays(6).plusHours(5).toInstant(), cicc, "Fwd: Request to speak — a member NGO",
            "---------- Forwarded message ---------\nFrom: a member organisation\n\nSegment: floor\n",
            false, true, "", messageId(cicc, 303)));
  }

  private static void write(Letter l, ByteArrayOutputStream out) throws IOException {
    Writer w = l.from();
    boolean stranger = w == STRANGER;
    boolean daemon = w.id().equals("MAILER-DAEMON");
    String address = stranger ? "j.smith@mail.example" : daemon ? "MAILER-DAEMON@mail.secretariat.example" : w.address();
    String display = daemon ? "Mail Delivery System" : stranger ? "J. Smith"
        : w.french() ? "Délégation : " + w.fr() : "Delegation of " + w.en();
    ZonedDateTime received = l.received().atZone(HAGUE);
    ZonedDateTime sent = l.received().minus(Duration.ofSeconds(97 + (l.messageId().hashCode() & 0xff)))
        .atZone(ZoneId.of(w.zone()));
    boolean latin1 = w.french() && (w.id().hashCode() & 1) == 0;
    Charset charset = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    int style = Math.floorMod(l.messageId().hashCode(), 3);
    StringBuilder h = new StringBuilder();
    if (l.withReceived()) {
      h.append("Received: from mail.").append(daemon ? "secretariat.example" : w.domain())
          .append(" (mail.").append(daemon ? "secretariat.example" : w.domain()).append(")\n")
          .append("\tby mx.secretariat.example with ESMTPS id ").append(Integer.toHexString(l.messageId().hashCode()))
          .append("\n\tfor <").append(SECRETARIAT).append(">; ").append(RFC_5322.format(received)).append('\n');
    }
    h.append("From: ").append(EncoderUtil.encodeAddressDisplayName(display)).append(" <").append(address).append(">\n");
    h.append("To: ").append(SECRETARIAT).append('\n');
    h.append("Subject: ").append(EncoderUtil.encodeIfNecessary(l.subject(), EncoderUtil.Usage.TEXT_TOKEN, 9)
        .replace("?= =?", "?=\n =?")).append('\n');
    h.append("Date: ").append(RFC_5322.format(l.withReceived() ? sent : received)).append('\n');
    h.append("Message-ID: ").append(l.messageId()).append('\n');
    h.append("X-Illustrative: made up for Plenary's ASP18 example; no delegation sent it\n");
    h.append(l.extraHeaders());
    String transfer = style == 0 ? "quoted-printable" : style == 1 ? "base64" : "8bit";
    MailText.write(out, (daemon ? "MAILER-DAEMON" : address) + " " + MBOX.format(received), h.toString(),
        l.html() ? "text/html" : "text/plain", l.html() ? html(l.body()) : l.body(), charset, transfer);
  }

  private static String html(String text) {
    StringBuilder b = new StringBuilder("<html><body>\n");
    for (String paragraph : text.split("\n\n")) {
      b.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n"))
          .append("</p>\n");
    }
    return b.append("</body></html>\n").toString();
  }
}
