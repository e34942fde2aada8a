package org.plenary.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.export.release.Changes;
import org.plenary.export.release.Changes.Change;
import org.plenary.export.release.Release;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;
import org.plenary.export.intake.IntakeReport;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.json.ChangesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plenary publish}: the next release of a plan, beside the earlier ones, with the changes since the last. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {
        "Plans a plenary as 'plan' does and publishes the result as the next release in a releases folder:"
            + " RELEASES/release-N/ holds plan.json, the formats and languages asked for and, from release 2,"
            + " changes.json, the changes since release N-1, which it reads from RELEASES/release-N-1/plan.json."
            + " Agendas show those changes. The folder appears whole or not at all."},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {Exit.L_OK, Exit.L_ERRORS, Exit.L_INCOMPLETE, Exit.L_USAGE, Exit.L_BAD_INPUT,
        Exit.L_NO_INPUT, Exit.L_SOFTWARE, Exit.L_IO})
final class PublishCommand extends Step {

  private static final Pattern RELEASE = Pattern.compile("release-([1-9][0-9]{0,8})");

  @Option(names = "--plenary", required = true, paramLabel = "PLENARY.yaml", description = "The plenary file.")
  Path plenary;

  @Option(names = "--rules", paramLabel = "RULES.properties",
      description = "The rule set; default: the ASP18 example's rules, built into the jar.")
  Path rules;

  @Mixin
  Requests requests;

  @Mixin
  Exports exports;

  @Option(names = "--releases", required = true, paramLabel = "RELEASES",
      description = "The releases folder, created if need be.")
  Path releases;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "The instant of publication, such as 2019-12-03T00:00:00Z; default: now.")
  Instant at;

  /** Where "now" comes from when {@code --at} is not given. */
  Clock clock = Clock.systemUTC();

  @Override
  int run() throws Exception {
    requests.check(this);
    exports.exporters(this);
    exports.locales(this);
    Instant published = at == null ? clock.instant() : at;
    int number = last(releases) + 1;
    Inputs.Source<Plenary> p = Inputs.plenaryFile(plenary);
    Inputs.Source<RuleSet> r = Inputs.rules(rules);
    out().println("Release " + number + " of " + Inputs.title(p.value()) + " from " + p.said() + ", under "
        + r.said() + ", with "
        + (requests.given() ? "the requests of " + requests.names() : "no requests (no --requests given)"));
    Optional<Release> previous = number == 1 ? Optional.empty() : Optional.of(release(number - 1));
    if (previous.isPresent() && !published.isAfter(previous.get().published())) {
      throw usage("--at " + published + " is not after release " + (number - 1) + ", published "
          + previous.get().published());
    }
    Optional<IntakeResult> intake = requests.read(p.value());
    List<RequestToSpeak> list = intake.map(IntakeResult::requests).orElse(List.of());
    Plan plan = Planner.of(r.value()).withClock(Clock.fixed(published, ZoneOffset.UTC)).plan(p.value(), list);
    Optional<Changes> changes = previous.map(before -> Changes.between(before, Release.of(number, published, plan)));

    Path folder = releases.resolve("release-" + number);
    Path partial = Files.createTempDirectory(releases, ".release-" + number + "-");
    try {
      ExportOptions english = options(Locale.ENGLISH, number, changes);
      List<Path> files = new ArrayList<>();
      files.add(partial.resolve("plan.json"));
      try (OutputStream out = Files.newOutputStream(files.get(0))) {
        Exporters.byFormat("json").write(plan.timetable(), english, out);
      }
      if (changes.isPresent()) {
        files.add(partial.resolve("changes.json"));
        try (OutputStream out = Files.newOutputStream(files.get(1))) {
          ChangesJson.write(changes.get(), out);
        }
      }
      if (intake.isPresent()) {
        files.addAll(IntakeReport.of(intake.get(), p.value(), requests.names()).writeAll(partial));
      }
      files.addAll(exports.write(this, plan.timetable(), l -> options(l, number, changes), partial));
      Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
      out().println(changes.map(PublishCommand::summary).orElse("The first release: no changes to show"));
      List<Path> moved = new ArrayList<>();
      files.stream().map(f -> folder.resolve(f.getFileName())).distinct().forEach(moved::add);
      return PlanCommand.report(this, plan, moved, folder, intake.map(IntakeResult::complete).orElse(true));
    } finally {
      if (Files.exists(partial)) {
        try (var walk = Files.walk(partial)) {
          for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
  }

  private static ExportOptions options(Locale locale, int number, Optional<Changes> changes) {
    ExportOptions o = PlanCommand.options(locale);
    return changes.map(o::withChanges).orElseGet(() -> o.withRelease(number));
  }

  /** The highest release number in {@code folder}, 0 if none (creating the folder). */
  private static int last(Path folder) throws IOException {
    Files.createDirectories(folder);
    int last = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = RELEASE.matcher(entry.getFileName().toString());
        if (m.matches() && Files.isDirectory(entry)) {
          last = Math.max(last, Integer.parseInt(m.group(1)));
        }
      }
    }
    return last;
  }

  /** Release {@code number} as published in the releases folder. */
  private Release release(int number) throws IOException {
    Path file = releases.resolve("release-" + number).resolve("plan.json");
    Plan plan = Inputs.plan(file);
    Instant when = plan.plannedAt().orElseThrow(() -> new Failure.BadInput(file
        + ": /plan/plannedAt is missing; a published plan carries the instant of its publication"));
    return Release.of(number, when, plan);
  }

  /** "Changes since release 1 (published ...): 5 — 3 added, 2 moved". */
  static String summary(Changes changes) {
    Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
    for (Change c : changes.changes()) {
      c.kinds().forEach(k -> counts.merge(k, 1, Integer::sum));
    }
    return "Changes since release " + changes.from() + " (published " + changes.fromPublished() + "): "
        + changes.changes().size() + (counts.isEmpty() ? "" : " — " + counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", ")));
  }
}
