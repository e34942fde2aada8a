package org.plenary.examples.debate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.plenary.core.plan.Decision;
import org.plenary.core.plan.Plan;
import org.plenary.core.plan.SeriesPlan;
import org.plenary.core.plan.Timetable;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;
import org.plenary.export.agenda.SeriesOverview;
import org.plenary.export.frab.FrabJson;
import org.plenary.export.frab.FrabXml;
import org.plenary.export.ical.PlenaryCalendar;
import org.plenary.export.json.ChangesJson;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release;

/**
 * The general debate of the Assembly over two days of morning and afternoon meetings, configured from
 * {@code general-debate.properties}: plans the list of speakers over the four meetings, publishes it
 * twice, and writes the second release to {@code out/general-debate} (or the folder given): an
 * overview and an agenda per meeting in English and French with the changes since the first release,
 * a run sheet per meeting, one calendar across the days, frab XML and JSON with a day per date, and
 * the changes as JSON.
 *
 * <pre>
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.plenary.examples.debate.GeneralDebateMain
 * </pre>
 */
public final class GeneralDebateMain {


  private GeneralDebateMain() {}

  /** Plans, publishes twice and writes the second release; prints what changed. */
  public static void main(String[] args) throws IOException {
    run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** What {@link #main} does, printing to {@code out}. */
  static void run(String[] args, PrintStream out) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "out/general-debate");
    DebateSeries debate = DebateSeries.load();
    Release second = debate.second();
    Changes changes = Changes.between(debate.first(), second);
    writeAll(second, changes, folder);
    out.println(summary(second.plan(), changes));
    out.println("Exports written to " + folder.toAbsolutePath().normalize());
  }

  /** What a facilitator reads first: each meeting, who was carried over, what changed. */
  static String summary(SeriesPlan plan, Changes changes) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < plan.meetings().size(); i++) {
      Plan p = plan.meeting(i);
      long speakers = p.slots().stream().filter(x -> x.request().isPresent()).count();
      long carried = p.waitingList().stream().filter(w -> w.status() == Decision.Kind.CARRIED_OVER).count();
      s.append(String.format(Locale.ROOT, "Meeting %d, %s %s-%s: %d speakers, %d carried over%n", i + 1,
          p.plenary().date(), p.timetable().start().toLocalTime(), p.timetable().end().toLocalTime(), speakers,
          carried));
    }
    s.append("Waiting after the last meeting: ").append(plan.waitingList().size()).append('\n');
    s.append(changes);
    for (Change.Kind k : new Change.Kind[] {Change.Kind.ADDED, Change.Kind.WITHDRAWN}) {
      s.append('\n').append(k.name().toLowerCase(Locale.ROOT)).append(": ")
          .append(changes.changes().stream().filter(c -> c.kinds().contains(k)).map(Change::id).toList());
    }
    return s.toString();
  }

  /** Writes every export of {@code release}, with {@code changes} in its agendas, into {@code folder}. */
  public static void writeAll(Release release, Changes changes, Path folder) throws IOException {
    Files.createDirectories(folder);
    SeriesPlan plan = release.plan();
    List<Timetable> meetings = plan.meetings().stream().map(Plan::timetable).toList();
    for (Locale l : LocalizedText.OFFICIAL_LANGUAGES) {
      String lang = l.toLanguageTag();
      ExportOptions options = ExportOptions.in(l).withChanges(changes);
      write(folder.resolve("overview." + lang + ".md"), o -> SeriesOverview.markdown(plan, options, o));
      write(folder.resolve("overview." + lang + ".html"), o -> SeriesOverview.html(plan, options, o));
      for (int i = 0; i < meetings.size(); i++) {
        Timetable t = meetings.get(i);
        ExportOptions mine = ExportOptions.in(l).withChanges(changes.concerning(i));
        String name = "meeting-" + (i + 1) + "." + lang;
        write(folder.resolve("agenda." + name + ".md"), o -> Exporters.byFormat("markdown").write(t, mine, o));
        write(folder.resolve("agenda." + name + ".html"), o -> Exporters.byFormat("html").write(t, mine, o));
        write(folder.resolve("runsheet." + name + ".txt"), o -> Exporters.byFormat("runsheet").write(t, mine, o));
      }
    }
    ExportOptions english = ExportOptions.english().withRelease(release.number());
    write(folder.resolve("general-debate.ics"),
        o -> PlenaryCalendar.write(meetings, english.withInterventionEvents(true), o));
    write(folder.resolve("schedule.xml"), o -> FrabXml.write(meetings, english, o));
    write(folder.resolve("schedule.json"), o -> FrabJson.write(meetings, english, o));
    write(folder.resolve("changes.json"), o -> ChangesJson.write(changes, o));
  }

  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      body.write(o);
    }
  }
}
