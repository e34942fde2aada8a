package org.plenary.examples.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Timetable;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporter;
import org.plenary.export.Exporters;

/** Each exporter on a plan of 1 000 and of 10 000 interventions: no format may grow worse than linearly. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ExportBenchmark {

  @Param({"1000", "10000"})
  public int n;

  @Param({"markdown", "html", "runsheet", "csv", "json", "ics", "frab-xml", "frab-json", "svg"})
  public String format;

  private Timetable timetable;
  private Exporter exporter;
  private final ExportOptions options = ExportOptions.english().withInterventionEvents(true);

  @Setup
  public void setUp() {
    Plenary plenary = Plenary.builder()
        .title(LocalizedText.of("Long list", "Longue liste")).session(LocalizedText.of("Benchmark"))
        .date(LocalDate.of(2020, 6, 1)).start(LocalTime.of(0, 0)).budget(Duration.ofHours(24))
        .venue(Venue.of(LocalizedText.of("Geneva", "Genève"), ZoneId.of("Europe/Zurich")))
        .addSegments(Segment.builder().id("floor").title(LocalizedText.of("Floor", "Débat")).takesRequests(true).build())
        .build();
    timetable = Planner.of(RuleSet.of()).plan(plenary, Lists.floor(n, 11)).timetable();
    exporter = Exporters.byFormat(format);
  }

  @Benchmark
  public byte[] export() {
    return exporter.toBytes(timetable, options);
  }
}
