package org.plenary.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.agenda.Plenary;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.rule.RuleSet;
import org.plenary.examples.asp18.Asp18;
import org.plenary.export.ExportOptions;
import org.plenary.export.Exporters;
import org.plenary.export.intake.Directory;
import org.plenary.export.intake.IntakeResult;
import org.plenary.export.intake.IntakeSettings;
import org.plenary.export.intake.MailIntake;
import org.plenary.export.json.PlanJson;
import org.plenary.export.yaml.PlenaryFile;

/**
 * Plenary as named modules, used as someone else's program uses them: a consumer module that
 * requires {@code org.plenary.export} alone is compiled against the modules the build made and run
 * with {@code java --module-path … -m}, in another locale, zone and charset. It must find every rule
 * provider {@code org.plenary.rules} provides and every exporter {@code org.plenary.export} provides,
 * through the module system's service binding; it reads the ASP18 plenary from YAML and its requests
 * from the mailbox, plans them under every rule by id and writes every format. The list, the plan
 * and every format's bytes must be those the same calls give on the class path, in this JVM. What
 * is expected comes from the module descriptors themselves, so a {@code provides} or {@code uses}
 * line removed, a package the consumer uses no longer exported, or a resource or a library a named
 * module cannot reach fails here. Failsafe runs this after {@code package}.
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
    Path in = inputs();
    Path out = dir.resolve("out");
    Run run = run(classes, in, out);

    assertThat(run.exit()).as("the consumer's exit; it printed:%n%s", run.output()).isZero();
    assertThat(lines(run, "provider ")).extracting(l -> l.split(" ")[1]).containsExactlyInAnyOrderElementsOf(rules);
    assertThat(lines(run, "exporter ")).extracting(l -> l.split(" ")[1])
        .containsExactlyInAnyOrderElementsOf(formats);
    assertThat(lines(run, "module ")).containsExactly("module " + CONSUMER + " org.plenary.core");

    // The same inputs, rules and formats on the class path, in this JVM: the same list, plan and bytes.
    Plenary plenary = PlenaryFile.plenary(in.resolve("plenary.yaml"));
    IntakeResult intake = MailIntake.of(plenary, Directory.read(in.resolve("directory.csv")),
        IntakeSettings.load(in.resolve("intake.properties"))).read(in.resolve("requests.mbox"));
    assertThat(intake.requests()).isNotEmpty();
    assertThat(lines(run, "intake ")).containsExactly("intake " + intake);
    Plan expected = Planner.of(RuleSet.load(out.resolve("rules.properties"))).plan(plenary, intake.requests());
    assertThat(expected.rules()).hasSize(rules.size());
    assertThat(lines(run, "plan ")).containsExactly("plan " + expected.slots().size() + " slots, "
        + expected.waitingList().size() + " waiting, " + rules.size() + " rules");
    List<String> wrote = lines(run, "wrote ");
    assertThat(wrote).hasSize(formats.size());
    for (String line : wrote) {
      String format = line.split(" ")[1];
      Path file = out.resolve(line.split(" ")[2]);
      byte[] written = Files.readAllBytes(file);
      assertThat(written).as("%s written on the module path", format).isNotEmpty();
      assertThat(difference(written, Exporters.byFormat(format).toBytes(expected.timetable(),
          ExportOptions.in(Locale.FRENCH)))).as("%s written on the module path, against the class path", format)
          .isEmpty();
    }

    // What other programs read reads back.
    try (InputStream json = Files.newInputStream(out.resolve("plan-json.json"))) {
      Plan back = PlanJson.read(json);
      assertThat(back.slots()).hasSize(expected.slots().size()).isNotEmpty();
      assertThat(back.waitingList()).hasSize(expected.waitingList().size());
    }
    try (InputStream ics = Files.newInputStream(out.resolve("plan-ics.ics"))) {
      Calendar calendar = new CalendarBuilder().build(ics);
      assertThat(calendar.getComponents()).isNotEmpty();
    }
    List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(Files.readString(out.resolve("plan-csv.csv"), StandardCharsets.UTF_8)))
        .getRecords();
    assertThat(csv).isNotEmpty();
    assertThat(Files.readString(out.resolve("plan-markdown.md"), StandardCharsets.UTF_8))
        .as("the agenda in French, its words read from the module's own bundles").contains("Temps de parole");
  }

  /**
   * The consumer's inputs, copied into a folder: the ASP18 plenary's YAML file, and its mailbox with
   * the directory of delegations and the intake's settings.
   */
  private Path inputs() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (InputStream yaml = Asp18.class.getResourceAsStream(Asp18.FILE)) {
      assertThat(yaml).as("the example's %s", Asp18.FILE).isNotNull();
      Files.copy(yaml, in.resolve("plenary.yaml"));
    }
    Path mail = Asp18.mail();
    Files.copy(mail.resolve(Asp18.MAILBOX), in.resolve("requests.mbox"));
    Files.copy(mail.resolve("directory.csv"), in.resolve("directory.csv"));
    Files.copy(mail.resolve(Asp18.MAIL_SETTINGS), in.resolve("intake.properties"));
    return in;
  }

  /**
   * Where {@code actual} first differs from {@code expected}, as text line by line, or nothing if
   * their bytes are the same.
   */
  private static String difference(byte[] actual, byte[] expected) {
    if (Arrays.equals(actual, expected)) {
      return "";
    }
    String[] a = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    String[] e = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(a.length, e.length); i++) {
      String x = i < a.length ? "'" + a[i] + "'" : "no line";
      String y = i < e.length ? "'" + e[i] + "'" : "no line";
      if (!x.equals(y)) {
        return "line " + (i + 1) + ": " + x + ", on the class path " + y;
      }
    }
    return "the same text in other bytes";
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

  /** Runs the consumer, its output in a file beside {@code out} so that a consumer that hangs is stopped. */
  private static Run run(Path classes, Path in, Path out) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = out.resolveSibling("consumer.log");
    Process p = new ProcessBuilder(java.toString(), "-Dfile.encoding=US-ASCII", "-Duser.language=tr",
        "-Duser.timezone=Pacific/Chatham", "--module-path", classes + File.pathSeparator + modulePath(),
        "-m", CONSUMER + "/org.plenary.consumer.Main", in.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = p.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as("the consumer ends within 2 minutes; it printed:%n%s", output).isTrue();
    return new Run(p.exitValue(), output);
  }
}
