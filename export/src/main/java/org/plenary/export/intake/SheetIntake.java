package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.intake.IntakeSettings.Column;

/**
 * Reads a spreadsheet of requests, exported as CSV: UTF-8 with or without a byte order mark,
 * separated by ',' or ';' (as spreadsheets write in English and French), one request per row, with
 * the columns the settings name ({@code sheet.column.delegation = Délégation}...). The delegation is
 * its id in the directory or one of its addresses; {@code received} is an ISO instant
 * ({@code 2019-11-25T09:15:00Z}), a date-time with an offset, or a local date-time
 * ({@code 2019-11-25 10:15} or {@code 25/11/2019 10:15}, day first) in the settings'
 * {@code sheet.zone}.
 *
 * <p>An optional {@code action} column says what a row is: a word of the settings' cancellation or
 * replacement words makes it one, and an empty cell a request.
 *
 * <p>A bad row goes to the review list with its row number, column and value; the rest is read.
 */
public final class SheetIntake {

  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT),
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]", Locale.ROOT));

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
   * Reads the spreadsheet {@code file}.
   *
   * @throws IntakeException if the file cannot be read, is not UTF-8, or lacks the delegation or
   *     received column
   */
  public IntakeResult read(Path file) {
    Batch b = new Batch();
    readInto(b, file);
    return b.close(settings);
  }

  /** Reads a spreadsheet from {@code in}, named {@code name} in the report. */
  public IntakeResult read(InputStream in, String name) {
    Batch b = new Batch();
    readInto(b, in, name);
    return b.close(settings);
  }

  void readInto(Batch b, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      readInto(b, in, file.getFileName().toString());
    } catch (IOException e) {
      throw new IntakeException("cannot read the spreadsheet '" + file + "': " + Failures.io(e), e);
    }
  }

  private void readInto(Batch b, InputStream in, String name) {
    try (CSVParser csv = Sheets.open(in, settings.delimiter())) {
      Map<Column, String> headings = new EnumMap<>(Column.class);
      for (Column c : Column.values()) {
        String heading = settings.column(c);
        csv.getHeaderNames().stream().filter(h -> h.equalsIgnoreCase(heading)).findFirst()
            .ifPresent(h -> headings.put(c, h));
      }
      for (Column required : List.of(Column.DELEGATION, Column.RECEIVED)) {
        if (!headings.containsKey(required)) {
          throw new IntakeException(name + ": no column '" + settings.column(required) + "' (sheet.column."
              + required.key() + ") among " + csv.getHeaderNames());
        }
      }
      for (CSVRecord row : csv) {
        b.add(row(b.next(), row, name, headings));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IntakeException(name + ": " + (Sheets.notUtf8(e) ? "the file is not UTF-8" : e.getMessage()), e);
    } catch (IllegalStateException e) {
      throw new IntakeException(name + ": " + e.getMessage(), e);
    }
  }

  private Draft row(int order, CSVRecord row, String name, Map<Column, String> headings) {
    long line = row.getRecordNumber() + 1;
    String source = name + ":" + line;
    Map<Column, String> v = new EnumMap<>(Column.class);
    headings.forEach((c, h) -> {
      String value = row.isSet(h) ? Fields.clean(row.get(h), Fields.VALUE) : "";
      if (!value.isEmpty()) {
        v.put(c, value);
      }
    });
    List<LocalizedText> notes = new ArrayList<>();
    Optional<Delegation> delegation = Optional.ofNullable(v.get(Column.DELEGATION))
        .flatMap(d -> d.contains("@") ? directory.find(d) : directory.byId(d));
    Optional<Instant> received = Optional.ofNullable(v.get(Column.RECEIVED)).flatMap(this::instant);
    Optional<String> segment = v.containsKey(Column.SEGMENT)
        ? triage.segment(v.get(Column.SEGMENT)) : settings.defaultSegment();
    Optional<ProtocolRank> rank = Optional.ofNullable(v.get(Column.RANK)).flatMap(r -> Triage.rank(r, notes));
    Outcome outcome = Optional.ofNullable(v.get(Column.ACTION)).map(a -> triage.outcome(a.toLowerCase(Locale.ROOT)))
        .orElse(Outcome.REQUEST);
    IntakeEntry entry = new IntakeEntry(source, Optional.empty(), Outcome.REQUEST, delegation, received,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), notes);
    Draft d = new Draft(order, entry, segment, v.containsKey(Column.SEGMENT),
        Optional.ofNullable(v.get(Column.SPEAKER)), Optional.ofNullable(v.get(Column.FUNCTION)), rank);
    Optional<LocalizedText> problem = Optional.empty();
    if (!v.containsKey(Column.DELEGATION)) {
      problem = Optional.of(missing(line, headings.get(Column.DELEGATION)));
    } else if (delegation.isEmpty()) {
      problem = Optional.of(bad(line, headings.get(Column.DELEGATION), v.get(Column.DELEGATION), "delegation"));
    } else if (!v.containsKey(Column.RECEIVED)) {
      problem = Optional.of(missing(line, headings.get(Column.RECEIVED)));
    } else if (received.isEmpty()) {
      problem = Optional.of(bad(line, headings.get(Column.RECEIVED), v.get(Column.RECEIVED), "received"));
    } else if (outcome == Outcome.REVIEW) {
      problem = Optional.of(bad(line, headings.get(Column.ACTION), v.get(Column.ACTION), "action"));
    } else if (segment.isEmpty() && (outcome == Outcome.REQUEST || v.containsKey(Column.SEGMENT))) {
      problem = Optional.of(v.containsKey(Column.SEGMENT)
          ? bad(line, headings.get(Column.SEGMENT), v.get(Column.SEGMENT), "segment")
          : missing(line, settings.column(Column.SEGMENT)));
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
