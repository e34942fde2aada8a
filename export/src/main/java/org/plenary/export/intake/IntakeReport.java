package org.plenary.export.intake;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Segment;
import org.plenary.core.internal.text.Dates;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.internal.Json;
import org.plenary.export.internal.Markdown;

/**
 * The intake's report: {@code intake.<lang>.md} for the Secretariat, the review list first, and
 * {@code intake.json} for machines:
 *
 * <pre>
 * {"counts": {"messages": 52, "requests": 47, "cancellations": 1, "replacements": 1, "review": 3},
 *  "messages": [{"messageId": "&lt;...&gt;", "outcome": "request", "delegation": "KEN",
 *                "received": "2019-11-25T09:15:00Z", "reason": null}, ...],
 *  "duplicates": [...], "problems": [...], "notes": [...]}
 * </pre>
 *
 * <p>{@code notes}, present only when there are some, says what to know of how a whole source was
 * read (a spreadsheet not in UTF-8, say).
 *
 * <p>Times are written in the plenary's zone in Markdown and as UTC instants in JSON. The same
 * result gives the same bytes whatever the machine's locale, zone or charset.
 */
public final class IntakeReport {

  private final IntakeResult result;
  private final Plenary plenary;
  private final String source;
  private final java.util.Optional<LocalizedText> plenaryFrom;

  private IntakeReport(IntakeResult result, Plenary plenary, String source,
      java.util.Optional<LocalizedText> plenaryFrom) {
    this.result = requireNonNull(result, "result");
    this.plenary = requireNonNull(plenary, "plenary");
    this.source = requireNonNull(source, "source");
    this.plenaryFrom = plenaryFrom;
  }

  /** The report of {@code result}, read from {@code source} (a file name) for {@code plenary}. */
  public static IntakeReport of(IntakeResult result, Plenary plenary, String source) {
    return new IntakeReport(result, plenary, source, java.util.Optional.empty());
  }

  /**
   * This report, saying beside the plenary's title and day where the plenary came from, such as
   * "the example built into the command", in each reader's language.
   */
  public IntakeReport withPlenaryFrom(LocalizedText from) {
    return new IntakeReport(result, plenary, source, java.util.Optional.of(requireNonNull(from, "from")));
  }

  /**
   * Writes {@code intake.<lang>.md} in each of the Assembly's six languages ({@link LocalizedText#OFFICIAL_LANGUAGES})
   * and {@code intake.json} to {@code folder}; returns the files written, in that order.
   */
  public List<Path> writeAll(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new java.util.ArrayList<>();
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      Path file = folder.resolve("intake." + l.toLanguageTag() + ".md");
      try (OutputStream out = Files.newOutputStream(file)) {
        markdown(l, out);
      }
      written.add(file);
    }
    Path json = folder.resolve("intake.json");
    try (OutputStream out = Files.newOutputStream(json)) {
      json(out);
    }
    written.add(json);
    return List.copyOf(written);
  }

  /** The report in Markdown, in {@code locale}'s language, UTF-8. */
  public void markdown(Locale locale, OutputStream out) throws IOException {
    Locale l = java.util.Objects.requireNonNull(locale, "locale");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# " + Markdown.escape(say(l, "report.title")) + "\n\n");
    String day = Dates.day(plenary.date(), l);
    w.write(Markdown.escape(plenaryFrom.isPresent()
        ? say(l, "report.plenary.from", plenary.title().in(l), day, plenaryFrom.get().in(l))
        : say(l, "report.plenary", plenary.title().in(l), day)) + "  \n");
    w.write(Markdown.escape(say(l, "report.source", source)) + "  \n");
    w.write(Markdown.escape(say(l, "report.counts", result.entries().size(), result.count(Outcome.REQUEST),
        result.count(Outcome.CANCELLATION), result.count(Outcome.REPLACEMENT), result.count(Outcome.REVIEW))) + "  \n");
    w.write(Markdown.escape(say(l, "report.times", plenary.venue().name().in(l))) + "\n");
    if (!result.notes().isEmpty()) {
      w.write("\n");
      for (LocalizedText note : result.notes()) {
        w.write("- " + Markdown.escape(note.in(l)) + "\n");
      }
    }
    if (!result.complete()) {
      w.write("\n## " + Markdown.escape(say(l, "report.incomplete")) + "\n\n");
      for (LocalizedText p : result.problems()) {
        w.write("- **" + Markdown.escape(p.in(l)) + "**\n");
      }
    }
    w.write("\n## " + Markdown.escape(say(l, "report.review")) + "\n\n");
    List<IntakeEntry> review = result.review();
    if (review.isEmpty()) {
      w.write(Markdown.escape(say(l, "report.review.none")) + "\n");
    } else {
      w.write(Markdown.escape(say(l, "report.review.help")) + "\n\n");
      w.write(Markdown.row(say(l, "report.col.number"), say(l, "report.col.source"), say(l, "report.col.received"),
          say(l, "report.col.sender"), say(l, "report.col.subject"), say(l, "report.col.reason")));
      w.write("|---:|---|---|---|---|---|\n");
      int n = 0;
      for (IntakeEntry e : review) {
        w.write(Markdown.row(Integer.toString(++n), e.source(), when(e.received(), l), e.sender().orElse(""),
            org.plenary.export.internal.Texts.shorten(e.subject().orElse(""), 120), e.reason().orElseThrow().describe(l, e.detail())));
      }
    }
    w.write("\n## " + Markdown.escape(say(l, "report.requests")) + "\n\n");
    if (result.requests().isEmpty()) {
      w.write(Markdown.escape(say(l, "report.requests.none")) + "\n");
    } else {
      w.write(Markdown.row(say(l, "report.col.number"), say(l, "report.col.delegation"),
          say(l, "report.col.speaker"), say(l, "report.col.segment"), say(l, "report.col.received")));
      w.write("|---:|---|---|---|---|\n");
      int n = 0;
      for (RequestToSpeak r : result.requests()) {
        w.write(Markdown.row(Integer.toString(++n), r.speaker().delegation().name().in(l), speaker(r, l),
            plenary.segment(r.segment()).map(Segment::title).map(t -> t.in(l)).orElse(r.segment()),
            when(Optional.of(r.received()), l)));
      }
    }
    w.write("\n## " + Markdown.escape(say(l, "report.entries")) + "\n\n");
    w.write(Markdown.row(say(l, "report.col.number"), say(l, "report.col.source"), say(l, "report.col.outcome"),
        say(l, "report.col.delegation"), say(l, "report.col.received"), say(l, "report.col.notes")));
    w.write("|---:|---|---|---|---|---|\n");
    int n = 0;
    for (IntakeEntry e : result.entries()) {
      List<String> notes = new ArrayList<>();
      e.notes().forEach(t -> notes.add(t.in(l)));
      w.write(Markdown.row(Integer.toString(++n), e.source(), e.outcome().label(l),
          e.delegation().map(d -> d.name().in(l)).orElse(""), when(e.received(), l), String.join(" ", notes)));
    }
    if (!result.duplicates().isEmpty()) {
      w.write("\n## " + Markdown.escape(say(l, "report.duplicates")) + "\n\n");
      for (IntakeResult.Duplicate d : result.duplicates()) {
        w.write("- " + Markdown.escape(say(l, "report.duplicate", d.source(), d.firstSource())) + "\n");
      }
    }
    w.flush();
  }

  /** The report as JSON, UTF-8, LF line ends. */
  public void json(OutputStream out) throws IOException {
    Json.write(out, g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("counts");
      g.writeNumberField("messages", result.entries().size());
      g.writeNumberField("requests", result.count(Outcome.REQUEST));
      g.writeNumberField("cancellations", result.count(Outcome.CANCELLATION));
      g.writeNumberField("replacements", result.count(Outcome.REPLACEMENT));
      g.writeNumberField("review", result.count(Outcome.REVIEW));
      g.writeEndObject();
      g.writeArrayFieldStart("messages");
      for (IntakeEntry e : result.entries()) {
        g.writeStartObject();
        optional(g, "messageId", e.messageId());
        g.writeStringField("outcome", e.outcome().code());
        optional(g, "delegation", e.delegation().map(d -> d.id()));
        optional(g, "received", e.received().map(Instant::toString));
        optional(g, "reason", e.reason().map(Reason::code));
        optional(g, "detail", e.detail().map(LocalizedText::english).filter(d -> !d.isEmpty()));
        g.writeStringField("source", e.source());
        optional(g, "request", e.requestId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("duplicates");
      for (IntakeResult.Duplicate d : result.duplicates()) {
        g.writeStartObject();
        g.writeStringField("messageId", d.messageId());
        g.writeStringField("source", d.source());
        g.writeStringField("firstSource", d.firstSource());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("problems");
      for (LocalizedText p : result.problems()) {
        g.writeString(p.english());
      }
      g.writeEndArray();
      if (!result.notes().isEmpty()) {
        g.writeArrayFieldStart("notes");
        for (LocalizedText n : result.notes()) {
          g.writeString(n.english());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    });
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private String when(Optional<Instant> at, Locale l) {
    return at.map(i -> DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", l).format(i.atZone(plenary.venue().zone())))
        .orElse("");
  }

  private static String speaker(RequestToSpeak r, Locale l) {
    String name = r.speaker().name().orElse("");
    String function = r.speaker().function().map(f -> f.in(l)).orElse("");
    return name.isEmpty() ? function : function.isEmpty() ? name : name + ", " + function;
  }

  private static String say(Locale l, String key, Object... args) {
    return Wording.BUNDLE.format(l, key, args);
  }

  @Override
  public String toString() {
    return "IntakeReport[" + source + ": " + result + "]";
  }
}
