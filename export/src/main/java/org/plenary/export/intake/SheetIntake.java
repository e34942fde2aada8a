package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.google.common.io.ByteSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.internal.text.Languages;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.IntakeSettings.Column;

/**
 * Reads a spreadsheet of requests as a Secretariat keeps it, one request per row, with the columns
 * the settings name ({@code sheet.column.delegation = Délégation}...):
 *
 * <ul>
 *   <li>an Excel workbook ({@code .xlsx}), its first worksheet, read with Apache POI: date cells
 *       as the dates they show, numbers as Excel writes them, empty rows skipped;
 *   <li>or CSV, separated by ',', ';' or a tab (the setting {@code sheet.delimiter}, else the one
 *       the first line uses most), in UTF-8 with or without a byte order mark, in UTF-16 with one
 *       (Excel's "Unicode text"), or, when the file is not valid UTF-8, in the settings'
 *       {@code sheet.charset} (windows-1252, Excel's "CSV" under French or Spanish Windows), which
 *       the report then notes.
 * </ul>
 *
 * <p>The header is the first row, among the first ten that are not empty, holding the delegation and
 * received headings; headings match without regard to case or accents. The delegation is its id in
 * the directory, one of its addresses, or its name in any language of the directory, as
 * {@link Directory#lookup} matches it; a name that two delegations answer to sends the row to review,
 * naming both. {@code received} is an ISO instant ({@code 2019-11-25T09:15:00Z}), a date-time with
 * an offset, or a local date-time ({@code 2019-11-25 10:15}, {@code 25/11/2019 10:15}, day first,
 * or a workbook's date cell) in the settings' {@code sheet.zone}.
 *
 * <p>An optional {@code action} column says what a row is: a word of the settings' cancellation or
 * replacement words makes it one, and an empty cell a request. Each request carries the settings'
 * {@code sheet.channel} (in person, unless set).
 *
 * <p>A bad row goes to the review list with its row number (the line where it begins in a CSV file,
 * the row Excel shows in a workbook), column and value; the rest is read.
 */
public final class SheetIntake {

  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT),
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]", Locale.ROOT));
  private static final int HEADER_ROWS = 10;

  private final Triage triage;
  private final Directory directory;
  private final IntakeSettings settings;

  private SheetIntake(Plenary plenary, Directory directory, IntakeSettings settings) {
    this.triage = new Triage(requireNonNull(plenary, "plenary"), requireNonNull(directory, "directory"),
        requireNonNull(settings, "settings"));
    this.directory = directory;
    this.settings = settings;
  }

  /** An intake of spreadsheets for {@code plenary}'s segments and {@code directory}'s delegations. */
  public static SheetIntake of(Plenary plenary, Directory directory, IntakeSettings settings) {
    return new SheetIntake(plenary, directory, settings);
  }

  /**
   * Reads the spreadsheet {@code file}, telling its form by its first bytes.
   *
   * @throws IntakeException if the file cannot be read, is in no form the intake reads, or lacks
   *     the delegation or received column
   */
  public IntakeResult read(Path file) {
    Batch b = new Batch();
    directory.note().ifPresent(b::note);
    readInto(b, file);
    return b.close(settings);
  }

  /** Reads a spreadsheet from {@code in}, read whole first, named {@code name} in the report. */
  public IntakeResult read(InputStream in, String name) {
    Batch b = new Batch();
    directory.note().ifPresent(b::note);
    try {
      Table table = Sheets.open(ByteSource.wrap(in.readAllBytes()), name, settings.delimiter(),
          settings.sheetCharset());
      readInto(b, table, name);
    } catch (IOException e) {
      throw new IntakeException(name + ": " + Failures.io(e), e);
    }
    return b.close(settings);
  }

  void readInto(Batch b, Path file) {
    String name = file.getFileName().toString();
    try {
      readInto(b, Sheets.open(file, name, settings.delimiter(), settings.sheetCharset()), name);
    } catch (IOException e) {
      throw new IntakeException("cannot read the spreadsheet '" + file + "': " + Failures.io(e), e);
    }
  }

  private void readInto(Batch b, Table table, String name) throws IOException {
    Rows rows = new Rows(b, name);
    try {
      table.read(rows::row);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw e instanceof IntakeException ie ? ie : new IntakeException(name + ": " + e.getMessage(), e);
    }
    if (rows.headings == null) {
      throw rows.noHeader();
    }
    table.note().ifPresent(b::note);
  }

  /** Finds the header, then makes each row after it a draft. */
  private final class Rows {
    private final Batch batch;
    private final String name;
    private Map<Column, Integer> headings;
    private final Map<Column, String> titles = new EnumMap<>(Column.class);
    private List<String> first;
    private int seen;

    Rows(Batch batch, String name) {
      this.batch = batch;
      this.name = name;
    }

    void row(SheetRow row) {
      if (headings != null) {
        batch.add(draft(batch.next(), row, name, headings, titles), settings.sheetChannel());
        return;
      }
      Map<Column, Integer> found = new EnumMap<>(Column.class);
      for (Column c : Column.values()) {
        String key = NameKey.of(settings.column(c));
        for (int i = 0; i < row.cells().size() && !found.containsKey(c); i++) {
          if (!key.isEmpty() && NameKey.of(row.cell(i)).equals(key)) {
            found.put(c, i);
          }
        }
      }
      if (first == null) {
        first = row.cells().stream().map(String::strip).toList();
      }
      if (found.containsKey(Column.DELEGATION) && found.containsKey(Column.RECEIVED)) {
        headings = found;
        for (Column c : Column.values()) {
          titles.put(c, found.containsKey(c) ? row.cell(found.get(c)).strip() : settings.column(c));
        }
      } else if (++seen >= HEADER_ROWS) {
        throw noHeader();
      }
    }

    IntakeException noHeader() {
      List<String> among = first == null ? List.of() : first;
      String delegation = NameKey.of(settings.column(Column.DELEGATION));
      Column missing = among.stream().anyMatch(h -> NameKey.of(h).equals(delegation)) ? Column.RECEIVED
          : Column.DELEGATION;
      return new IntakeException(name + ": no column '" + settings.column(missing) + "' (sheet.column."
          + missing.key() + ") among " + among);
    }
  }

  private Draft draft(int order, SheetRow row, String name, Map<Column, Integer> headings,
      Map<Column, String> titles) {
    long line = row.number();
    String source = name + ":" + line;
    Map<Column, String> v = new EnumMap<>(Column.class);
    headings.forEach((c, i) -> {
      String value = Fields.clean(row.cell(i), Fields.VALUE);
      if (!value.isEmpty()) {
        v.put(c, value);
      }
    });
    List<LocalizedText> notes = new ArrayList<>();
    List<Delegation> candidates = Optional.ofNullable(v.get(Column.DELEGATION)).map(directory::lookup)
        .orElse(List.of());
    Optional<Delegation> delegation = candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    Optional<Instant> received = Optional.ofNullable(v.get(Column.RECEIVED)).flatMap(this::instant);
    Optional<String> segment = v.containsKey(Column.SEGMENT)
        ? triage.segment(v.get(Column.SEGMENT)) : triage.defaultSegment();
    Optional<ProtocolRank> rank = Optional.ofNullable(v.get(Column.RANK)).flatMap(r -> Triage.rank(r, notes));
    Outcome outcome = Optional.ofNullable(v.get(Column.ACTION)).map(a -> triage.outcome(a.toLowerCase(Locale.ROOT)))
        .orElse(Outcome.REQUEST);
    IntakeEntry entry = new IntakeEntry(source, Optional.empty(), Outcome.REQUEST, delegation, received,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), notes);
    Draft d = new Draft(order, entry, segment, v.containsKey(Column.SEGMENT),
        Optional.ofNullable(v.get(Column.SPEAKER)), Optional.ofNullable(v.get(Column.FUNCTION)), rank);
    String heading = titles.get(Column.DELEGATION);
    Optional<LocalizedText> problem = Optional.empty();
    if (!v.containsKey(Column.DELEGATION)) {
      problem = Optional.of(missing(line, heading));
    } else if (candidates.size() > 1) {
      problem = Optional.of(ambiguous(line, heading, v.get(Column.DELEGATION), candidates));
    } else if (delegation.isEmpty()) {
      problem = Optional.of(bad(line, heading, v.get(Column.DELEGATION), "delegation"));
    } else if (!v.containsKey(Column.RECEIVED)) {
      problem = Optional.of(missing(line, titles.get(Column.RECEIVED)));
    } else if (received.isEmpty()) {
      problem = Optional.of(bad(line, titles.get(Column.RECEIVED), v.get(Column.RECEIVED), "received"));
    } else if (outcome == Outcome.REVIEW) {
      problem = Optional.of(bad(line, titles.get(Column.ACTION), v.get(Column.ACTION), "action"));
    } else if (segment.isEmpty() && (outcome == Outcome.REQUEST || v.containsKey(Column.SEGMENT))) {
      problem = Optional.of(v.containsKey(Column.SEGMENT)
          ? bad(line, titles.get(Column.SEGMENT), v.get(Column.SEGMENT), "segment")
          : missing(line, titles.get(Column.SEGMENT)));
    }
    return problem.map(p -> d.withEntry(entry.withOutcome(Outcome.REVIEW, Reason.BAD_ROW, p)))
        .orElseGet(() -> d.withEntry(entry.withOutcome(outcome, null, (LocalizedText) null)));
  }

  private static LocalizedText missing(long line, String column) {
    return Wording.BUNDLE.text("row.missing", line, column);
  }

  private static LocalizedText bad(long line, String column, String value, String kind) {
    LocalizedText what = Wording.BUNDLE.text("row.kind." + kind);
    return LocalizedText.written(l -> Wording.BUNDLE.format(l, "row.bad", line, column, value, what.in(l)));
  }

  private static LocalizedText ambiguous(long line, String column, String value, List<Delegation> candidates) {
    LocalizedText names = Languages.list(candidates.stream()
        .map(c -> LocalizedText.written(l -> c.name().in(l) + " (" + c.id() + ")")).toList());
    return LocalizedText.written(l -> Wording.BUNDLE.format(l, "row.ambiguous", line, column, value, names.in(l)));
  }

  private Optional<Instant> instant(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      // not an instant with an offset: a local date-time in the sheet's zone, if one is set
    }
    if (settings.sheetZone().isEmpty()) {
      return Optional.empty();
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        return Optional.of(LocalDateTime.parse(value, f).atZone(settings.sheetZone().get()).toInstant());
      } catch (DateTimeParseException e) {
        // try the next way of writing it
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SheetIntake[" + settings + "]";
  }
}
