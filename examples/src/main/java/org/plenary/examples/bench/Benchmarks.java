package org.plenary.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.agenda.Plenary.Venue;
import org.plenary.core.agenda.Segment;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.text.LocalizedText;

/**
 * Runs the JMH benchmarks, measures the heap retained per planned intervention and the JShell
 * script against a one-line script, prints a Markdown table with the targets, and writes it to
 * {@code results.md} in the folder given as the first argument.
 */
public final class Benchmarks {

  private Benchmarks() {}

  /** Runs everything; the second argument, if any, is a regular expression of benchmarks to run. */
  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Path.of(args.length > 0 ? args[0] : "out/bench");
    String include = args.length > 1 ? args[1] : "org.plenary.examples.bench.*";
    Collection<RunResult> results = new Runner(new OptionsBuilder().include(include)
        .shouldFailOnError(true).build()).run();
    Map<String, Double> ms = new TreeMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      String key = r.getParams().getBenchmark().replaceAll(".*\\.(\\w+)\\.(\\w+)$", "$1.$2");
      for (String p : r.getParams().getParamsKeys()) {
        key += "/" + r.getParams().getParam(p);
      }
      double score = r.getPrimaryResult().getScore();
      double factor = switch (r.getPrimaryResult().getScoreUnit()) {
        case "us/op" -> 1e-3;
        case "ns/op" -> 1e-6;
        case "s/op" -> 1e3;
        default -> 1.0;
      };
      ms.put(key, score * factor);
      out.println(name + " " + key + " = " + score + " " + r.getPrimaryResult().getScoreUnit());
    }
    StringBuilder table = new StringBuilder();
    table.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
        .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
        .append(", date ").append(LocalDate.now(ZoneId.of("UTC"))).append("\n\n");
    table.append("| measure | result | target |\n|---|---:|---|\n");
    for (String n : List.of("100", "10000", "1000000")) {
      row(table, "plan, n = " + n, ms.get("PlanBenchmark.plan/" + n), "ms", "");
      row(table, "check of a plan, n = " + n, ms.get("PlanBenchmark.check/" + n), "ms", "");
      row(table, "floor (packed long sort), n = " + n, ms.get("PlanBenchmark.floor/" + n), "ms", "");
      row(table, "naive comparator sort, n = " + n, ms.get("PlanBenchmark.comparatorSort/" + n), "ms", "");
      ratio(table, "planner / floor, n = " + n, ms.get("PlanBenchmark.plan/" + n),
          ms.get("PlanBenchmark.floor/" + n), n.equals("100") ? "reported" : "≤ 3");
      ratio(table, "check / floor, n = " + n, ms.get("PlanBenchmark.check/" + n),
          ms.get("PlanBenchmark.floor/" + n), n.equals("100") ? "" : "≤ 3");
    }
    row(table, "re-plan, 1 000 remaining", ms.get("SittingBenchmark.replan"), "ms", "≤ 1 ms");
    row(table, "sitting now()", ms.get("SittingBenchmark.now"), "ms", "every second");
    for (String f : List.of("markdown", "html", "runsheet", "csv", "json", "ics", "frab-xml", "frab-json", "svg")) {
      Double small = ms.get("ExportBenchmark.export/" + f + "/1000");
      Double large = ms.get("ExportBenchmark.export/" + f + "/10000");
      if (large != null) {
        table.append("| export ").append(f).append(", 10 000 interventions | ")
            .append(String.format(Locale.ROOT, "%.1f ms (%.0f interventions/s)", large, 10000 / large * 1000))
            .append(" | ").append(small == null ? "" : String.format(Locale.ROOT, "×%.1f for ×10 (linear: ≈10)",
                large / small)).append(" |\n");
      }
    }
    for (String f : List.of("runsheet", "html")) {
      for (String n : List.of("1000", "10000")) {
        Double english = ms.get("LanguageBenchmark.export/" + f + "/en/" + n);
        for (String lang : List.of("ar", "zh")) {
          ratio(table, "export " + f + " in " + lang + " / in en, " + n + " interventions",
              ms.get("LanguageBenchmark.export/" + f + "/" + lang + "/" + n), english, "");
        }
      }
    }
    Double intake1k = ms.get("IntakeBenchmark.readMbox/1000");
    Double intake10k = ms.get("IntakeBenchmark.readMbox/10000");
    for (Map.Entry<String, Double> e : new TreeMap<>(Map.of("1 000", intake1k == null ? -1.0 : intake1k,
        "10 000", intake10k == null ? -1.0 : intake10k)).entrySet()) {
      if (e.getValue() > 0) {
        int count = e.getKey().equals("1 000") ? 1000 : 10000;
        table.append(String.format(Locale.ROOT, "| intake, mbox of %s messages | %.1f ms (%.0f messages/s) | %s |\n",
            e.getKey(), e.getValue(), count / e.getValue() * 1000, count == 10000 && intake1k != null
                ? String.format(Locale.ROOT, "×%.1f for ×10 (linear: ≈10)", intake10k / intake1k) : ""));
      }
    }
    for (String n : List.of("1000", "10000")) {
      ratio(table, "intake / mime4j alone, mbox of " + n + " messages", ms.get("IntakeBenchmark.readMbox/" + n),
          ms.get("IntakeBenchmark.mime4jAlone/" + n), "stays flat from 1 000 to 10 000");
    }
    String before = null;
    for (String n : List.of("1000", "10000", "100000")) {
      Double now = ms.get("ReleaseBenchmark.compare/" + n);
      Double smaller = before == null ? null : ms.get("ReleaseBenchmark.compare/" + before);
      row(table, "changes between two releases, " + n + " speakers", now, "ms", now != null && smaller != null
          ? String.format(Locale.ROOT, "×%.1f for ×10 (linear: ≈10)", now / smaller) : "");
      ratio(table, "changes / indexing both releases by id, " + n + " speakers", now,
          ms.get("ReleaseBenchmark.baseline/" + n), "");
      before = n;
    }
    if (include.contains("Intake") || include.endsWith(".*")) {
      table.append(String.format(Locale.ROOT, "| heap retained by the intake's result, per message | %.0f bytes | |\n",
          retainedPerMessage(10_000)));
      table.append("| reads 10 000 messages and an 8 MiB attachment (30 MB mbox) in -Xmx64m | ")
          .append(boundedIntake(64)).append(" | bounded |\n");
    }
    double bytes = retainedPerIntervention(200_000);
    table.append(String.format(Locale.ROOT, "| heap retained per planned intervention | %.0f bytes | ≤ 300 |\n", bytes));
    double[] jshell = jshell();
    if (jshell != null) {
      table.append(String.format(Locale.ROOT, "| JShell: ASP18 script / one-line script | %.2f (%.1f s / %.1f s) | ≤ 1.5 |\n",
          jshell[0] / jshell[1], jshell[0], jshell[1]));
    }
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("results.md"), table.toString(), StandardCharsets.UTF_8);
    out.println();
    out.print(table);
    out.println("\nWritten to " + folder.resolve("results.md"));
  }

  private static void row(StringBuilder t, String what, Double msValue, String unit, String target) {
    if (msValue != null) {
      t.append("| ").append(what).append(" | ").append(msValue < 1
          ? String.format(Locale.ROOT, "%.1f µs", msValue * 1000) : String.format(Locale.ROOT, "%.1f ms", msValue))
          .append(" | ").append(target).append(" |\n");
    }
  }

  private static void ratio(StringBuilder t, String what, Double a, Double b, String target) {
    if (a != null && b != null) {
      t.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, "%.2f", a / b)).append(" | ")
          .append(target).append(" |\n");
    }
  }

  /** Plans {@code n} requests without rules, all admitted, and measures the heap the plan keeps. */
  static double retainedPerIntervention(int n) {
    Plenary plenary = Plenary.builder().title(LocalizedText.of("Memory")).session(LocalizedText.of("Benchmark"))
        .date(LocalDate.of(2020, 6, 1)).start(LocalTime.MIDNIGHT).budget(Duration.ofHours(24))
        .venue(Venue.of(LocalizedText.of("Geneva"), ZoneId.of("Europe/Zurich")))
        .addSegments(Segment.builder().id("floor").title(LocalizedText.of("Floor")).takesRequests(true).build())
        .build();
    List<RequestToSpeak> requests = Lists.floor(n, 3);
    long before = used();
    Plan plan = Planner.of(RuleSet.of()).plan(plenary, requests);
    plan.timetable();
    long after = used();
    double perIntervention = (after - before) / (double) plan.slots().size();
    if (plan.slots().size() != n) {
      throw new IllegalStateException("expected every request planned");
    }
    return perIntervention;
  }

  /** Reads a seeded mbox of {@code n} messages and measures the heap its result keeps per message. */
  static double retainedPerMessage(int n) throws IOException {
    Path f = Files.createTempFile("intake-heap", ".mbox");
    try {
      Files.write(f, IntakeBenchmark.mailbox(n, 19));
      org.plenary.export.intake.MailIntake intake = IntakeBenchmark.intake();
      long before = used();
      org.plenary.export.intake.IntakeResult r = intake.read(f);
      long after = used();
      if (r.entries().size() != n) {
        throw new IllegalStateException("expected every message read");
      }
      return (after - before) / (double) n;
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /** Whether a JVM of {@code mib} MiB of heap reads 10 000 messages and an 8 MiB attachment. */
  static String boundedIntake(int mib) throws IOException, InterruptedException {
    Path f = IntakeBenchmark.mailboxWithAttachment(Files.createTempFile("intake-bounded", ".mbox"), 10_000, 8);
    try {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p = new ProcessBuilder(java.toString(), "-Xmx" + mib + "m", "-cp", System.getProperty("java.class.path"),
          IntakeBenchmark.class.getName(), f.toString()).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      boolean ok = p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0 && log.endsWith("10001 true");
      return ok ? "yes" : "no: " + log.lines().reduce((a, b) -> b).orElse("");
    } finally {
      Files.deleteIfExists(f);
    }
  }

  private static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The median wall time of the ASP18 JShell script and of a one-line script, five runs each. */
  static double[] jshell() throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    if (!Files.exists(jshell)) {
      return null;
    }
    String cp = System.getProperty("java.class.path");
    double asp18 = median(List.of(jshell.toString(), "--class-path", cp, "examples/jshell/startup.jsh",
        "examples/jshell/asp18.jsh"));
    double hello = median(List.of(jshell.toString(), "examples/jshell/hello.jsh"));
    return new double[] {asp18, hello};
  }

  private static double median(List<String> command) throws IOException, InterruptedException {
    double[] times = new double[5];
    for (int i = 0; i < times.length; i++) {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("jshell failed: " + command);
      }
      times[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(times);
    return times[times.length / 2];
  }

}
