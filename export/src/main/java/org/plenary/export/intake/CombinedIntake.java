package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.plenary.core.agenda.Plenary;

/**
 * Reads several sources as one list: a mailbox and the spreadsheet of the requests taken at the desk,
 * say. Each source is read as {@link MailIntake} or {@link SheetIntake} reads it: a spreadsheet is a
 * file named {@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}, {@code .xlsm} or {@code .xls},
 * or whose first bytes are a workbook's or a UTF-16 byte order mark; anything else (an mbox, a
 * folder, an {@code .eml}) is mail. Then cancellations and replacements apply across
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
  private final Directory directory;
  private final IntakeSettings settings;

  private CombinedIntake(Plenary plenary, Directory directory, IntakeSettings settings) {
    this.mail = MailIntake.of(plenary, directory, settings);
    this.directory = directory;
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
    directory.note().ifPresent(b::note);
    for (Path source : requireNonNull(sources, "sources")) {
      if (isSheet(source)) {
        sheets.readInto(b, source);
      } else {
        mail.readInto(b, source);
      }
    }
    return b.close(settings);
  }

  private static boolean isSheet(Path source) {
    try {
      return Sheets.isSheet(source);
    } catch (IOException e) {
      throw new IntakeException("cannot read '" + source + "': " + Failures.io(e), e);
    }
  }

  @Override
  public String toString() {
    return "CombinedIntake[" + settings + "]";
  }
}
