package org.plenary.export.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.plenary.core.agenda.Intervention;
import org.plenary.core.agenda.ProtocolRank;
import org.plenary.core.internal.text.Durations;
import org.plenary.core.plan.Slot;
import org.plenary.core.plan.Timetable;
import org.plenary.core.plan.WaitingEntry;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.internal.Labels;
import org.plenary.export.internal.Messages;
import org.plenary.export.internal.Texts;

/**
 * The list of speakers as CSV (RFC 4180, written by Apache Commons CSV): UTF-8 with a byte-order
 * mark so that spreadsheet programs read the accents, a header row in the reader's language, one row
 * per planned intervention then one per waiting entry. Beside each machine column (the segment's
 * id, ISO-8601 times and durations) stands one a person reads: the segment's title, "3 min". The
 * speaker column names a person or stays empty; the rank or function has its own column, and the
 * rank stays empty for a plain representative, who has none.
 *
 * <p>Cells are cleaned as every export is (one line, no control characters, no unpaired surrogates,
 * which UTF-8 cannot carry). A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * prefixed with an apostrophe, so that a spreadsheet shows it as text and never runs it as a formula.
 */
public final class SpeakersCsv implements Exporter {

  /** Made by {@link java.util.ServiceLoader}, or by hand. */
  public SpeakersCsv() {}

  private static final String[] COLUMNS = {"order", "segment", "segment-title", "status", "start", "end",
      "speaker", "delegation", "constituency", "rank", "function", "statement", "requested", "requested-text",
      "allotted", "allotted-text", "received", "reason"};

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8; header=present";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void write(Timetable t, ExportOptions options, OutputStream out) throws IOException {
    Locale l = options.locale();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\ufeff');
    String[] header = new String[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      header[i] = Messages.EXPORT.format(l, "csv." + COLUMNS[i]);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
    DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    CSVPrinter csv = new CSVPrinter(w, format);
    int order = 0;
    for (Slot e : t.plan().slots()) {
      Intervention i = e.intervention();
      csv.printRecord(row(++order, e.segment(), Messages.EXPORT.format(l, "status.planned"),
          iso.format(e.start().orElseThrow()), iso.format(e.end().orElseThrow()), i, l, Optional.of(e.allotted()),
          e.request(), "", t));
    }
    for (WaitingEntry w2 : t.plan().waitingList()) {
      csv.printRecord(row(++order, w2.segment(), Labels.status(w2, l), "", "", w2.intervention(), l, Optional.empty(),
          w2.request(), w2.decidedBy().message().in(l), t));
    }
    csv.flush();
  }

  private static List<String> row(int order, String segment, String status, String start, String end,
      Intervention i, Locale l, Optional<Duration> allotted, Optional<RequestToSpeak> request,
      String reason, Timetable t) {
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(order));
    cells.add(segment);
    cells.add(t.plan().plenary().segment(segment).map(s -> s.title().in(l)).orElse(""));
    cells.add(status);
    cells.add(start);
    cells.add(end);
    cells.add(Labels.speaker(i.speaker(), l));
    cells.add(Labels.delegation(i, l));
    cells.add(i.constituency().label().in(l));
    cells.add(i.speaker().rank() == ProtocolRank.OTHER ? "" : i.speaker().rank().label().in(l));
    cells.add(i.speaker().function().map(f -> f.in(l)).orElse(""));
    cells.add(i.title().map(x -> x.in(l)).orElse(""));
    cells.add(i.duration().toString());
    cells.add(Durations.format(i.duration(), l));
    cells.add(allotted.map(Duration::toString).orElse(""));
    cells.add(allotted.map(a -> Durations.format(a, l)).orElse(""));
    cells.add(request.map(r -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        r.received().atZone(t.start().getZone()))).orElse(""));
    cells.add(reason);
    cells.replaceAll(cell -> neutralise(Texts.clean(cell)));
    return cells;
  }

  /** {@code cell}, prefixed with an apostrophe if a spreadsheet would read it as a formula. */
  static String neutralise(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
