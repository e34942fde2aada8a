package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plenary.core.agenda.Plenary;

/**
 * Reads several sources as one list: a mailbox and the spreadsheet of the requests taken at the desk,
 * say. Each source is read as {@link MailIntake} or {@link SheetIntake} reads it (a {@code .csv}
 * file as a spreadsheet, anything else as mail); then cancellations and replacements apply across
 * them all in order of receipt, a message met in two mailboxes counts once, and request ids are
 * given over the whole list.
 *
 * <pre>{@code
 * CombinedIntake.of(plenary, directory, settings).read(List.of(Path.of("inbox.mbox"), Path.of("desk.csv")))
 * }</pre>
 */
public final class CombinedIntake {

  private final MailIntake mail;
  private final SheetIntake sheets;
  private final IntakeSettings settings;

  private CombinedIntake(Plenary plenary, Directory directory, IntakeSettings settings) {
    this.mail = MailIntake.of(plenary, directory, settings);
    this.sheets = SheetIntake.of(plenary, directory, settings);
    this.settings = settings;
  }

  /** An intake of several sources for {@code plenary}, matching senders through {@code directory}. */
  public static CombinedIntake of(Plenary plenary, Directory directory, IntakeSettings settings) {
    return new CombinedIntake(plenary, directory, settings);
  }

  /**
   * Reads {@code sources} in the order given.
   *
   * @throws IntakeException if a source cannot be opened, or a spreadsheet lacks a required column
   */
  public IntakeResult read(List<Path> sources) {
    Batch b = new Batch();
    for (Path source : requireNonNull(sources, "sources")) {
      if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        sheets.readInto(b, source);
      } else {
        mail.readInto(b, source);
      }
    }
    return b.close(settings);
  }

  @Override
  public String toString() {
    return "CombinedIntake[" + settings + "]";
  }
}
