package org.plenary.examples.asp18;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.export.intake.IntakeEntry;
import org.plenary.export.intake.IntakeResult;

/**
 * The outbox of the ASP18 main job, read back by Jakarta Mail and by mime4j: one reply per message a
 * person wrote, in the writer's language, each answering its message.
 */
class Asp18AcknowledgementsTest {

  /** The delegations of the example's mailbox that write in French. */
  private static final Set<String> FRENCH = Set.of("SEN", "FRA", "FIDH", "BEL", "CHE", "TUN", "CIV", "BEN");

  @TempDir
  static Path out;

  static final Map<String, MimeMessage> BY_ID = new HashMap<>();
  static final List<Path> FILES = new ArrayList<>();
  static IntakeResult intake;

  @BeforeAll
  static void runTheMainJob() throws Exception {
    intake = Asp18.intake();
    Asp18Main.acknowledgements(Asp18Main.plan()).write(intake, out);
    try (Stream<Path> s = Files.list(out.resolve("outbox"))) {
      FILES.addAll(s.sorted().toList());
    }
    for (Path f : FILES) {
      try (InputStream in = Files.newInputStream(f)) {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
        BY_ID.put(m.getHeader("In-Reply-To", " "), m);
      }
    }
  }

  @Test
  void everyMessageAPersonWroteIsAnsweredOnceAndNoMachine() {
    List<String> human = new ArrayList<>();
    List<String> machine = new ArrayList<>();
    for (IntakeEntry e : intake.entries()) {
      boolean automatic = e.reason().map(r -> r.code().equals("bounce") || r.code().equals("auto-reply")).orElse(false);
      (automatic ? machine : human).add(e.messageId().orElseThrow());
    }
    assertThat(machine).containsExactlyInAnyOrder("<asp18.300.nld@nld-mfa.example>",
        "<asp18.301.bounce@mail.secretariat.example>");
    assertThat(FILES).hasSize(51);
    assertThat(BY_ID.keySet()).containsExactlyInAnyOrderElementsOf(human);
  }

  @Test
  void eachIsInTheLanguageItsDelegationWroteIn() throws Exception {
    for (IntakeEntry e : intake.entries()) {
      MimeMessage m = BY_ID.get(e.messageId().orElseThrow());
      if (m == null) {
        continue;
      }
      boolean french = e.delegation().map(d -> FRENCH.contains(d.id())).orElse(false);
      assertThat(m.getContentLanguage()).as(e.source()).containsExactly(french ? "fr" : "en");
      assertThat((String) m.getContent()).as(e.source()).startsWith(french ? "Madame, Monsieur," : "Dear colleagues,");
      assertThat(m.getHeader("Auto-Submitted", " ")).isEqualTo("auto-replied");
      assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("iccaspcoperation@gmail.com");
      assertThat(((InternetAddress) m.getRecipients(RecipientType.TO)[0]).getAddress()).isEqualTo(e.sender().orElseThrow());
      assertThat(m.getSentDate().toInstant()).isEqualTo(Asp18Main.PLANNED_AT.instant());
    }
  }

  @Test
  void aRequestOnTheListSaysItsPlaceAndTimeAndALateOneWhyItWaits() throws Exception {
    String senegal = (String) BY_ID.get("<asp18.0.sen@sen-mfa.example>").getContent();
    assertThat(senegal).contains("reçu le lundi 18 novembre 2019 à 9 h 00 (heure normale d’Europe centrale)",
        "au rang 2. Selon le programme actuel, elle devrait prendre la parole vers 10 h 10 le jeudi 5 décembre 2019");
    String liechtenstein = (String) BY_ID.get("<asp18.137.lie@lie-mfa.example>").getContent();
    assertThat(liechtenstein).contains("is number 24 on the waiting list. Wait-listed by the registration deadline: "
        + "received after the deadline");
  }

  @Test
  void mime4jReadsTheSameHeadersAndText() throws Exception {
    for (Path f : FILES) {
      byte[] eml = Files.readAllBytes(f);
      Message m = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(eml));
      MimeMessage j = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
      assertThat(m.getSubject()).as(f.toString()).isEqualTo(j.getSubject());
      assertThat(m.getMessageId()).isEqualTo(j.getMessageID());
      assertThat(m.getHeader().getField("Content-Language").getBody()).isEqualTo(j.getContentLanguage()[0]);
      assertThat(m.getHeader().getField("In-Reply-To").getBody()).isEqualTo(j.getHeader("In-Reply-To", " "));
    }
  }
}
