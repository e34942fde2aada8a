package org.plenary.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.plenary.core.plan.Timetable;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;
import picocli.CommandLine.Option;

/** The formats and languages to write, each file named {@code <format>.<lang>.<extension>}. */
final class Exports {

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
      description = "Formats to write (see 'plenary formats'), or 'all'; default: ${DEFAULT-VALUE}.",
      defaultValue = "markdown")
  List<String> formats;

  @Option(names = {"-l", "--lang"}, split = ",", paramLabel = "LANG",
      description = "Languages as BCP 47 tags (ar, zh, en, fr, ru, es), or 'all' for these six;"
          + " default: ${DEFAULT-VALUE}.", defaultValue = "en")
  List<String> languages;

  /** The exporters asked for; a usage error names an unknown one and the known ones. */
  List<Exporter> exporters(Step step) {
    List<Exporter> all = Exporters.all();
    if (formats.contains("all")) {
      return all;
    }
    List<Exporter> chosen = new ArrayList<>();
    for (String f : new LinkedHashSet<>(formats)) {
      chosen.add(all.stream().filter(e -> e.format().equals(f)).findFirst().orElseThrow(
          () -> step.usage("--format '" + f + "' is unknown; known: "
              + String.join(", ", all.stream().map(Exporter::format).toList()))));
    }
    return chosen;
  }

  /** Whether {@code tag} is a well-formed BCP 47 tag with a language, written as Java writes it back. */
  private static boolean isTag(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    return !locale.getLanguage().isEmpty() && locale.toLanguageTag().equals(tag);
  }

  /** The languages asked for; a usage error names a tag that is not one. */
  List<Locale> locales(Step step) {
    Set<Locale> chosen = new LinkedHashSet<>();
    for (String tag : languages) {
      if (tag.equals("all")) {
        chosen.addAll(LocalizedText.OFFICIAL_LANGUAGES);
      } else if (isTag(tag)) {
        chosen.add(Locale.forLanguageTag(tag));
      } else {
        throw step.usage("--lang '" + tag + "' is not a language tag such as en, fr or zh");
      }
    }
    return List.copyOf(chosen);
  }

  /** Writes {@code timetable} in each format and language to {@code folder}; returns the files. */
  List<Path> write(Step step, Timetable timetable, Function<Locale, ExportOptions> options, Path folder)
      throws IOException {
    List<Exporter> exporters = exporters(step);
    List<Locale> locales = locales(step);
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (Exporter exporter : exporters) {
      for (Locale locale : locales) {
        Path file = folder.resolve(exporter.format() + "." + locale.toLanguageTag() + "." + exporter.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
          exporter.write(timetable, options.apply(locale), out);
        }
        written.add(file);
      }
    }
    return written;
  }
}
