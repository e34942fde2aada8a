package org.plenary.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.core.agenda.Plenary;
import org.plenary.export.intake.CombinedIntake;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import picocli.CommandLine.Option;

/** Where the requests to speak come from: mailboxes or sheets, read through the intake. */
final class Requests {

  @Option(names = "--requests", split = ",", paramLabel = "SOURCE",
      description = "Requests to speak: an mbox file, a folder of .eml files, one .eml file or a .csv sheet;"
          + " several separated by commas, read as one list. Without it, the plan has no requests.")
  List<Path> sources = List.of();

  @Option(names = "--directory", paramLabel = "DIRECTORY.csv",
      description = "The delegations' addresses, needed with --requests.")
  Path directory;

  @Option(names = "--settings", paramLabel = "SETTINGS.properties",
      description = "The intake's settings (words, columns, durations); default: the intake's defaults.")
  Path settings;

  /** Refuses requests without a directory, before any work is done. */
  void check(Step step) {
    if (!sources.isEmpty() && directory == null) {
      throw step.usage("--requests needs --directory, the delegations' addresses");
    }
  }

  /** Whether requests are given. */
  boolean given() {
    return !sources.isEmpty();
  }

  /** What the intake read for {@code plenary}, if requests are given. */
  Optional<IntakeResult> read(Plenary plenary) {
    if (sources.isEmpty()) {
      return Optional.empty();
    }
    IntakeSettings s = settings == null ? IntakeSettings.defaults() : IntakeSettings.load(settings);
    return Optional.of(CombinedIntake.of(plenary, directory(), s).read(sources));
  }

  Directory directory() {
    return Directory.read(directory);
  }

  /** The sources' file names, as the intake's report names them. */
  String names() {
    return sources.stream().map(s -> String.valueOf(s.getFileName())).collect(Collectors.joining(", "));
  }

  /** One line on what the intake read. */
  static String summary(IntakeResult r) {
    return r.entries().size() + " messages or rows read, " + r.requests().size() + " requests on the list, "
        + r.review().size() + " to review" + (r.complete() ? "" : "; INCOMPLETE: " + r.problems().get(0).english());
  }
}
