package org.plenary.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.plenary.core.plan.Plan;
import org.plenary.export.json.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plenary as named modules, used as someone else's program uses them: a consumer module that
 * requires {@code org.plenary.export} alone is compiled against the modules the build made and run
 * with {@code java --module-path … -m}. It must find every rule provider {@code org.plenary.rules}
 * provides and every exporter {@code org.plenary.export} provides, through the module system's
 * service binding, and write a plan each of them reads back. What is expected comes from the module
 * descriptors themselves, so a {@code provides} line removed, a package no longer exported or a
 * resource that a named module cannot reach fails here. Failsafe runs this after {@code package}.
 */
class ModulePathIT {

  private static final String CONSUMER = "org.plenary.consumer";

  /** The modules the consumer needs, by name, each with where it is: a jar or a folder of classes. */
  private static Map<String, Path> modules;

  @TempDir
  Path dir;

  @BeforeAll
  static void findTheModules() {
    Map<String, Path> found = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        continue;
      }
      try {
        for (ModuleReference m : ModuleFinder.of(path).findAll()) {
          found.putIfAbsent(m.descriptor().name(), path);
        }
      } catch (FindException e) {
        // Not a module, nor one that can become an automatic module: nothing Plenary needs.
      }
    }
    modules = closure(found, List.of("org.plenary.export", "org.plenary.rules"));
  }

  /**
   * The modules {@code roots} read, transitively, from {@code found}; a static dependency (needed to
   * compile against its reader, such as apiguardian's annotations) where it is there.
   */
  private static Map<String, Path> closure(Map<String, Path> found, List<String> roots) {
    Map<String, Path> out = new LinkedHashMap<>();
    Set<String> optionals = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (out.containsKey(name) || name.startsWith("java.") || name.startsWith("jdk.")) {
        continue;
      }
      Path path = found.get(name);
      boolean optional = optionals.contains(name);
      if (path == null && optional) {
        continue;
      }
      assertThat(path).as("module %s on the test's class path", name).isNotNull();
      out.put(name, path);
      for (ModuleDescriptor.Requires r : descriptor(name, path).requires()) {
        if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          optionals.add(r.name());
        }
        todo.push(r.name());
      }
    }
    return out;
  }

  private static ModuleDescriptor descriptor(String name, Path path) {
    return ModuleFinder.of(path).find(name).orElseThrow().descriptor();
  }

  /** The provider classes module {@code name}'s descriptor declares for {@code service}. */
  private static Set<String> provided(String name, String service) {
    return descriptor(name, modules.get(name)).provides().stream().filter(p -> p.service().equals(service))
        .flatMap(p -> p.providers().stream()).collect(TreeSet::new, Set::add, Set::addAll);
  }

  /** The providers of {@code service} module {@code name} lists for the class path, in its service file. */
  private static Set<String> listed(String name, String service) throws IOException {
    try (ModuleReader reader = ModuleFinder.of(modules.get(name)).find(name).orElseThrow().open();
        InputStream in = reader.open("META-INF/services/" + service).orElseThrow()) {
      Set<String> out = new TreeSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("#.*", "").trim())
          .filter(l -> !l.isEmpty()).forEach(out::add);
      return out;
    }
  }

  @Test
  void aConsumerOnTheModulePathFindsTheRulesAndTheFormatsThroughTheirProvides() throws Exception {
    assertThat(descriptor("org.plenary.core", modules.get("org.plenary.core")).isAutomatic()).isFalse();
    Set<String> rules = provided("org.plenary.rules", "org.plenary.core.rule.RuleProvider");
    Set<String> formats = provided("org.plenary.export", "org.plenary.export.Exporter");
    assertThat(rules).as("what org.plenary.rules provides, against its service file").isNotEmpty()
        .isEqualTo(listed("org.plenary.rules", "org.plenary.core.rule.RuleProvider"));
    assertThat(formats).as("what org.plenary.export provides, against its service file").isNotEmpty()
        .isEqualTo(listed("org.plenary.export", "org.plenary.export.Exporter"));

    Path classes = compileTheConsumer();
    Path out = dir.resolve("out");
    Run run = run(classes, out);

    assertThat(run.exit()).as("the consumer's exit; it printed:%n%s", run.output()).isZero();
    assertThat(lines(run, "provider ")).extracting(l -> l.split(" ")[1]).containsExactlyInAnyOrderElementsOf(rules);
    assertThat(lines(run, "exporter ")).extracting(l -> l.split(" ")[1])
        .containsExactlyInAnyOrderElementsOf(formats);
    assertThat(lines(run, "module ")).containsExactly("module " + CONSUMER + " org.plenary.core");
    String plan = lines(run, "plan ").get(0);
    assertThat(plan).matches("plan \\d+ slots, \\d+ waiting, " + rules.size() + " rules");

    JsonNode json = new ObjectMapper().readTree(out.resolve("plan-json.json").toFile());
    assertThat(json.path("plan").path("slots").size()).isEqualTo(Integer.parseInt(plan.split(" ")[1]));
    try (InputStream in = Files.newInputStream(out.resolve("plan-json.json"))) {
      Plan back = PlanJson.read(in);
      assertThat(back.slots()).hasSize(Integer.parseInt(plan.split(" ")[1]));
      assertThat(back.waitingList()).hasSize(Integer.parseInt(plan.split(" ")[3]));
    }
    try (InputStream in = Files.newInputStream(out.resolve("plan-ics.ics"))) {
      Calendar calendar = new CalendarBuilder().build(in);
      assertThat(calendar.getComponents()).isNotEmpty();
    }
    List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(Files.readString(out.resolve("plan-csv.csv"), StandardCharsets.UTF_8)))
        .getRecords();
    assertThat(csv).isNotEmpty();
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written.filter(p -> sizeOf(p) > 0)).hasSize(formats.size());
    }
    assertThat(Files.readString(out.resolve("plan-markdown.md"), StandardCharsets.UTF_8))
        .as("the agenda in French, its words read from the module's own bundles").contains("Temps de parole");
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> lines(Run run, String prefix) {
    return run.output().lines().filter(l -> l.startsWith(prefix)).toList();
  }

  private Path compileTheConsumer() throws IOException {
    Path source = dir.resolve("src");
    for (String file : List.of("module-info.java", "org/plenary/consumer/Main.java")) {
      try (InputStream in = ModulePathIT.class.getResourceAsStream("/consumer/" + file)) {
        assertThat(in).as("the consumer's %s among the test resources", file).isNotNull();
        Path to = Files.createDirectories(source.resolve(file).getParent()).resolve(source.resolve(file).getFileName());
        Files.copy(in, to);
      }
    }
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, errors, errors, "--release", "17", "-Xlint:-options", "--module-path",
        modulePath(), "-d", classes.toString(), source.resolve("module-info.java").toString(),
        source.resolve("org/plenary/consumer/Main.java").toString());
    assertThat(status).as("javac on the consumer: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
    return classes;
  }

  private static String modulePath() {
    List<String> paths = new ArrayList<>();
    modules.values().forEach(p -> paths.add(p.toString()));
    return String.join(File.pathSeparator, paths);
  }

  record Run(int exit, String output) {}

  private static Run run(Path classes, Path out) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path printed = Files.createTempFile(classes.getParent(), "consumer", ".txt");
    Process p = new ProcessBuilder(java.toString(), "-Dfile.encoding=US-ASCII", "-Duser.language=tr",
        "--module-path", classes + File.pathSeparator + modulePath(), "-m", CONSUMER + "/org.plenary.consumer.Main",
        out.toString()).redirectErrorStream(true).redirectOutput(printed.toFile()).start();
    boolean ended = p.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String output = Files.readString(printed, StandardCharsets.UTF_8);
    assertThat(ended).as("the consumer ends within two minutes; it printed:%n%s", output).isTrue();
    return new Run(p.exitValue(), output);
  }
}
