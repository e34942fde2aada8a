package org.plenary.examples.cli;

import org.plenary.export.Exporter;
import org.plenary.export.Exporters;
import picocli.CommandLine.Command;

/** {@code plenary formats}: the exporters found on the class path. */
@Command(name = "formats", mixinStandardHelpOptions = true,
    description = "Lists the formats found (each exporter's id, file extension and media type), as --format names them.",
    exitCodeOnInvalidInput = Exit.USAGE, exitCodeListHeading = Exit.HEADING,
    exitCodeList = {Exit.L_OK, Exit.L_USAGE})
final class FormatsCommand extends Step {

  @Override
  int run() {
    for (Exporter e : Exporters.all()) {
      out().printf("%-10s .%-5s %s%n", e.format(), e.extension(), e.mediaType());
    }
    return Exit.OK;
  }
}
