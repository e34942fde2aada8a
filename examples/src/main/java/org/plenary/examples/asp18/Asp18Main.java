package org.plenary.examples.asp18;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;
import org.plenary.export.intake.Acknowledgement;
import org.plenary.export.intake.Acknowledgements;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeReport;
import org.plenary.export.intake.IntakeResult;

/**
 * The main job: reads the illustrative list of speakers from the example's mailbox through the
 * intake, plans the ASP18 plenary on cooperation with the rules of its concept note, prints the
 * chair's run sheet and the findings, writes every export and the intake's report to
 * {@code out/asp18/} (or the folder given as the first argument), and the acknowledgements of the
 * mailbox's messages to its {@code outbox/}, and exits with status 1 if an error-level finding
 * remains.
 *
 * <p>The plan is stamped with a fixed clock, set to the close of registration (3 December 2019,
 * 00:00 in The Hague), so that the exports are the same at every run.
 */
public final class Asp18Main {

  /** When the example's plan is made: the list closes and the Secretariat plans. */
  public static final Clock PLANNED_AT = Clock.fixed(
      ZonedDateTime.of(2019, 12, 3, 0, 0, 0, 0, Asp18.ZONE).toInstant(), Asp18.ZONE);

  private Asp18Main() {}

  /** Runs the job. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Path.of(args.length > 0 ? args[0] : "out/asp18");
    IntakeResult intake = Asp18.intake();
    Plan plan = plan(intake.requests());
    out.print(Exporters.byFormat("runsheet").toText(plan.timetable(), ExportOptions.english()));
    writeAll(plan.timetable(), folder);
    IntakeReport.of(intake, plan.plenary(), Asp18.MAILBOX).writeAll(folder);
    List<Acknowledgement> replies = acknowledgements(plan).write(intake, folder);
    out.println();
    out.println("Intake of " + Asp18.MAILBOX + ": " + intake.entries().size() + " messages, "
        + intake.requests().size() + " requests on the list, " + intake.review().size()
        + " to review (intake.en.md), " + replies.size() + " acknowledgements to send (outbox/)");
    out.println("Exports written to " + folder.toAbsolutePath().normalize());
    if (!plan.errors().isEmpty()) {
      System.exit(1);
    }
  }

  /**
   * The replies to the example's mailbox, dated when the plan is made, giving each request its place
   * and expected time on {@code plan}, in the language each delegation wrote in or else the one its
   * directory entry gives.
   */
  public static Acknowledgements acknowledgements(Plan plan) {
    return Acknowledgements.of(plan.plenary(), PLANNED_AT).withPlan(plan)
        .withDirectory(Directory.read(Asp18.mail().resolve("directory.csv")));
  }

  /** The plan of the example: the plenary, its rules, the illustrative list, the fixed clock. */
  public static Plan plan() {
    return plan(Asp18.requests());
  }

  private static Plan plan(List<RequestToSpeak> requests) {
    return Planner.of(Asp18.rules()).withClock(PLANNED_AT).plan(Asp18.plenary(), requests);
  }

  /**
   * Writes the example's exports to {@code folder}, creating it: the agenda (Markdown and HTML) and
   * the run sheet in each of the Assembly's six languages, then the CSV, JSON, iCalendar, frab and SVG
   * files, in English.
   */
  public static void writeAll(Timetable t, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      String lang = l.toLanguageTag();
      write(t, "markdown", ExportOptions.in(l), folder.resolve("agenda." + lang + ".md"));
      write(t, "html", ExportOptions.in(l), folder.resolve("agenda." + lang + ".html"));
      write(t, "runsheet", ExportOptions.in(l), folder.resolve("runsheet." + lang + ".txt"));
    }
    write(t, "csv", ExportOptions.english(), folder.resolve("speakers.csv"));
    write(t, "json", ExportOptions.english(), folder.resolve("plenary.json"));
    write(t, "ics", ExportOptions.english().withInterventionEvents(true), folder.resolve("plenary.ics"));
    write(t, "frab-xml", ExportOptions.english(), folder.resolve("schedule.xml"));
    write(t, "frab-json", ExportOptions.english(), folder.resolve("schedule.json"));
    write(t, "svg", ExportOptions.english(), folder.resolve("timeline.svg"));
  }

  private static void write(Timetable t, String format, ExportOptions options, Path file) throws IOException {
    Exporter exporter = Exporters.byFormat(format);
    try (OutputStream os = Files.newOutputStream(file)) {
      exporter.write(t, options, os);
    }
  }
}
