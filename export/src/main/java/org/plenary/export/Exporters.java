package org.plenary.export;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The exporters on the class path or module path, found with {@link ServiceLoader}.
 *
 * <pre>{@code
 * Exporters.byFormat("ics").toBytes(plan.timetable(), ExportOptions.in(Locale.FRENCH));
 * }</pre>
 */
public final class Exporters {

  private Exporters() {}

  /** Every exporter found, by format id. */
  public static List<Exporter> all() {
    List<Exporter> all = new ArrayList<>();
    ServiceLoader.load(Exporter.class, Exporters.class.getClassLoader()).forEach(all::add);
    all.sort(Comparator.comparing(Exporter::format));
    return all;
  }

  /** The exporter of format {@code format}, or an exception that lists the formats there are. */
  public static Exporter byFormat(String format) {
    requireNonNull(format, "format");
    List<Exporter> all = all();
    return all.stream().filter(e -> e.format().equals(format)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("format '" + format + "' is unknown; known: "
            + all.stream().map(Exporter::format).collect(Collectors.joining(", "))));
  }
}
