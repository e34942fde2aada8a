package org.plenary.examples.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
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

/**
 * The run sheet and the HTML agenda of 1 000 and 10 000 interventions written in Arabic (isolated
 * names, right-to-left marks) and in Chinese (every cell measured in display columns), against the
 * same plan written in English in the same run: what the six languages cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LanguageBenchmark {

  @Param({"1000", "10000"})
  public int n;

  @Param({"runsheet", "html"})
  public String format;

  /** {@code en} is the baseline. */
  @Param({"en", "ar", "zh"})
  public String language;

  private Timetable timetable;
  private Exporter exporter;
  private ExportOptions options;

  @Setup
  public void setUp() {
    Plenary plenary = Plenary.builder()
        .title(LocalizedText.of("Long list", "Longue liste")
            .with(Locale.forLanguageTag("ar"), "قائمة طويلة").with(Locale.CHINESE, "长名单"))
        .session(LocalizedText.of("Benchmark"))
        .date(LocalDate.of(2020, 6, 1)).start(LocalTime.of(0, 0)).budget(Duration.ofHours(24))
        .venue(Venue.of(LocalizedText.of("Geneva", "Genève"), ZoneId.of("Europe/Zurich")))
        .addSegments(Segment.builder().id("floor").title(LocalizedText.of("Floor", "Débat")
            .with(Locale.forLanguageTag("ar"), "المناقشة").with(Locale.CHINESE, "一般性发言")).takesRequests(true).build())
        .build();
    timetable = Planner.of(RuleSet.of()).plan(plenary, Lists.floor(n, 11)).timetable();
    exporter = Exporters.byFormat(format);
    options = ExportOptions.in(Locale.forLanguageTag(language));
  }

  @Benchmark
  public byte[] export() {
    return exporter.toBytes(timetable, options);
  }
}
