package org.plenary.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.RuleSet;
import org.plenary.examples.asp18.Asp18;
import org.plenary.export.json.PlanImportException;
import org.plenary.export.json.PlanJson;
import org.plenary.export.yaml.PlenaryFile;

/** The files the commands read, each refused with its name in the message. */
final class Inputs {

  private Inputs() {}

  /** A value read and where it comes from, in words: "the plenary file asp18.yaml". */
  record Source<T>(T value, String said) {}

  /** The plenary of a plenary file (YAML). */
  static Source<Plenary> plenaryFile(Path file) {
    return new Source<>(PlenaryFile.plenary(file), "the plenary file " + file);
  }

  /** The ASP18 example's plenary, built in, named as such. */
  static Source<Plenary> asp18(String why) {
    return new Source<>(Asp18.plenary(), "the ASP18 example built into the jar (" + why + ")");
  }

  /** The plan of a JSON file written by the {@code json} format. */
  static Plan plan(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return PlanJson.read(in);
    } catch (PlanImportException e) {
      throw new Failure.BadInput(Exit.BAD_INPUT, file + ": " + e.getMessage(), e);
    }
  }

  /** The rules of a rules file, or else the ASP18 example's, named as such. */
  static Source<RuleSet> rules(Path file) throws IOException {
    if (file == null) {
      return new Source<>(Asp18.rules(),
          "the ASP18 example's rules, built into the jar (no --rules given)");
    }
    if (!Files.exists(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    return new Source<>(RuleSet.load(file), "the rules of " + file);
  }

  /** The plenary's title, in English, quoted. */
  static String title(Plenary plenary) {
    return "\"" + plenary.title().in(Locale.ENGLISH) + "\"";
  }
}
