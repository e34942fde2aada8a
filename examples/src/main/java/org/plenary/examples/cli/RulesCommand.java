package org.plenary.examples.cli;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import org.plenary.core.rule.Rule;
import org.plenary.core.rule.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plenary rules}: the rules found through {@link java.util.ServiceLoader}, or those of a file, and their settings. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {
        "Lists the rules a rules file can name (found through ServiceLoader on the class path), each with"
            + " what it asks by default.",
        "With --rules, the rules of that file instead, in its order, each with the settings the file gives it."},
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {Exit.L_OK, Exit.L_USAGE, Exit.L_BAD_INPUT, Exit.L_NO_INPUT, Exit.L_IO})
final class RulesCommand extends Step {

  @Option(names = "--rules", paramLabel = "RULES.properties", description = "A rules file to show.")
  Path file;

  @Override
  int run() throws Exception {
    if (file == null) {
      for (Rule rule : RuleSet.discover().rules()) {
        out().println(rule.id() + ": " + rule.name().in(Locale.ENGLISH));
      }
      return Exit.OK;
    }
    RuleSet rules = Inputs.rules(file).value();
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    TreeMap<String, String> settings = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
    out().println("The rules of " + file + ", in order:");
    for (Rule rule : rules.rules()) {
      out().println(rule.id() + ": " + rule.name().in(Locale.ENGLISH));
      settings.forEach((k, v) -> {
        if (k.startsWith(rule.id() + ".")) {
          out().println("  " + k.substring(rule.id().length() + 1) + " = " + v);
        }
      });
    }
    return Exit.OK;
  }
}
