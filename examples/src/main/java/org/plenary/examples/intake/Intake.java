package org.plenary.examples.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenary.core.text.LocalizedText;
import org.plenary.core.agenda.Plenary;
import org.plenary.examples.asp18.Asp18;
import org.plenary.export.intake.Acknowledgements;
import org.plenary.export.intake.CombinedIntake;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeException;
import org.plenary.export.intake.IntakeReport;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.json.PlanJson;

/**
 * The intake as a command, for a Secretariat's own mailbox export:
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.plenary.examples.intake.Intake \
 *     -Dexec.args="MAILBOX DIRECTORY.csv OUTDIR [SETTINGS.properties [PLAN.json]]"
 * </pre>
 *
 * <p>{@code MAILBOX} is an mbox file, a folder of {@code .eml} files or one {@code .eml} file, or a
 * spreadsheet of requests exported as {@code .csv} (its columns set in the settings), or several of
 * them separated by commas, read as one list ({@link CombinedIntake}). The
 * segments are those of the plenary in {@code PLAN.json} (a plan Plenary exported), or else of the
 * ASP18 example; without {@code SETTINGS.properties}, the settings are the ASP18 example's too. The
 * first line printed says which plenary and which settings the intake read for. Writes
 * {@code intake.<lang>.md} in the six official languages and {@code intake.json} to {@code OUTDIR},
 * and the acknowledgements to {@code OUTDIR/outbox/}, ready to send. Exits 0 when everything was
 * read, 2 when the mailbox could not be read to its end, and 1 with a one-line message (naming the
 * file, row, column or key) on bad input.
 */
public final class Intake {

  private Intake() {}

  /** Runs the command. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command, writing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 3 || args.length > 5) {
      err.println("usage: Intake MAILBOX DIRECTORY.csv OUTDIR [SETTINGS.properties [PLAN.json]]");
      return 1;
    }
    try {
      List<Path> sources = Arrays.stream(args[0].split(",")).map(String::strip).filter(s -> !s.isEmpty())
          .map(Path::of).toList();
      Directory directory = Directory.read(Path.of(args[1]));
      Path outdir = Path.of(args[2]);
      IntakeSettings settings = args.length > 3 ? IntakeSettings.load(Path.of(args[3])) : Asp18.mailSettings();
      Plenary plenary = args.length > 4 ? plenary(Path.of(args[4])) : Asp18.plenary();
      out.println("Plenary \"" + plenary.title().english() + "\" (" + (args.length > 4
          ? "from " + Path.of(args[4]).getFileName() : "the ASP18 example's; no PLAN.json given") + "), settings "
          + (args.length > 3 ? Path.of(args[3]).getFileName().toString()
              : "of the ASP18 example (" + Asp18.MAIL_SETTINGS + "; no SETTINGS.properties given)"));
      IntakeResult result = CombinedIntake.of(plenary, directory, settings).read(sources);
      IntakeReport report = IntakeReport.of(result, plenary, sources.stream().map(s -> s.getFileName().toString())
          .collect(Collectors.joining(", ")));
      (args.length > 4 ? report : report.withPlenaryFrom(Asp18.fallback())).writeAll(outdir);
      out.println(result);
      out.println("Report written to " + outdir.toAbsolutePath().normalize() + " (" + REPORTS + ")");
      out.println(outbox(result, plenary, directory, outdir));
      result.problems().forEach(p -> err.println(p.english()));
      return result.complete() ? 0 : 2;
    } catch (IntakeException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println(args.length > 4 ? args[4] + ": " + e.getMessage() : e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("cannot write the report: " + e.getMessage());
      return 1;
    }
  }

  /** The files {@link IntakeReport#writeAll} writes: a report in each official language, then the JSON. */
  static final String REPORTS = Stream.concat(LocalizedText.OFFICIAL_LANGUAGES.stream().map(l -> "intake." + l.toLanguageTag()
      + ".md"), Stream.of("intake.json")).collect(Collectors.joining(", "));

  /**
   * Writes the acknowledgements to {@code OUTDIR/outbox/}, dated now, when the plenary has an address
   * to send them from; says what it did.
   */
  private static String outbox(IntakeResult result, Plenary plenary, Directory directory, Path outdir)
      throws IOException {
    Acknowledgements replies;
    try {
      replies = Acknowledgements.of(plenary, java.time.Clock.systemUTC()).withDirectory(directory);
    } catch (IllegalArgumentException e) {
      return "No acknowledgements written: " + e.getMessage();
    }
    return replies.write(result, outdir).size() + " acknowledgements written to "
        + outdir.resolve("outbox").toAbsolutePath().normalize() + " (nothing is sent)";
  }

  private static Plenary plenary(Path plan) throws IOException {
    try (InputStream in = Files.newInputStream(plan)) {
      return PlanJson.read(in).plenary();
    }
  }
}
