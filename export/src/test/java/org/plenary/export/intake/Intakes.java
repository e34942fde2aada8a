package org.plenary.export.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.Segment;
import org.plenary.core.text.LocalizedText;

/** A plenary with two segments open to requests, a directory, and helpers to read mail. */
final class Intakes {

  static final String DIRECTORY = """
      id,name_en,name_fr,constituency,addresses,notes
      KEN,Kenya,Kenya,state-party,mission@kenya.example @mfa.kenya.example,
      NLD,Netherlands,Pays-Bas,state-party,@minbuza.example,"a note, with a comma"
      CICC,Coalition for the ICC,Coalition pour la CPI,civil-society,info@cicc.example,
      """;

  private Intakes() {}

  static Plenary plenary() {
    return Plenary.builder()
        .title(LocalizedText.of("Plenary", "Séance plénière"))
        .session(LocalizedText.of("Session", "Session"))
        .date(LocalDate.of(2019, 12, 5)).start(LocalTime.of(10, 0)).budget(Duration.ofHours(2))
        .venue(Venue.of(LocalizedText.of(java.util.Map.of("en", "The Hague", "fr", "La Haye", "es", "La Haya",
            "ar", "لاهاي", "zh", "海牙", "ru", "Гаага")), java.time.ZoneId.of("Europe/Amsterdam")))
        .addSegments(
            Segment.builder().id("high-level").title(LocalizedText.of("High-level statements",
                "Interventions de haut niveau")).takesRequests(true).build(),
            Segment.builder().id("floor").title(LocalizedText.of("The floor", "Débat"))
                .takesRequests(true).build())
        .build();
  }

  static Directory directory() {
    return Directory.read(new ByteArrayInputStream(DIRECTORY.getBytes(StandardCharsets.UTF_8)), "directory.csv",
        List.<Constituency>of());
  }

  static IntakeSettings settings(String properties) {
    try {
      return IntakeSettings.load(new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)),
          "intake.properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MailIntake intake() {
    return intake(IntakeSettings.defaults());
  }

  static MailIntake intake(IntakeSettings settings) {
    return MailIntake.of(plenary(), directory(), settings);
  }

  /** Writes each mail as {@code 01.eml}, {@code 02.eml}... in {@code folder}. */
  static Path folder(Path folder, List<Mail> mails) {
    try {
      for (int i = 0; i < mails.size(); i++) {
        Files.write(folder.resolve(String.format(java.util.Locale.ROOT, "%02d.eml", i + 1)), mails.get(i).bytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }
}
