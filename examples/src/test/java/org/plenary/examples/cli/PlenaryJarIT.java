package org.plenary.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.examples.asp18.Asp18;

/**
 * The executable jar as the build leaves it in {@code target/}, read entry by entry and run with
 * {@code java -jar} as a user runs it. Failsafe runs this after {@code package}; without the jar (a
 * run from an IDE before packaging) it is skipped, saying why.
 */
class PlenaryJarIT {

  private static Path jar;

  @TempDir
  Path dir;

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("plenary.jar", "target/plenary.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar),
        "no " + jar + " to test: run ./mvnw -pl examples -am verify, which builds it first");
  }

  @Test
  void carriesNoModuleDescriptorNorSignatureNorBenchmark() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = Collections.list(file.entries()).stream().map(JarEntry::getName).toList();
      assertThat(names).contains("org/plenary/examples/cli/PlenaryCommand.class", "picocli/CommandLine.class")
          .noneMatch(n -> n.endsWith("module-info.class"))
          .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"))
          .noneMatch(n -> n.startsWith("org/plenary/examples/bench/") || n.startsWith("org/openjdk/jmh/"));
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(PlenaryCommand.class.getName());
    }
  }

  @Test
  void mergesTheServicesOfEverythingItBundles() throws IOException {
    for (String service : List.of("org.plenary.export.Exporter", "org.plenary.core.rule.RuleProvider")) {
      Set<String> onTheClassPath = new TreeSet<>();
      for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/services/" + service))) {
        try (InputStream in = url.openStream()) {
          onTheClassPath.addAll(providers(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
      try (JarFile file = new JarFile(jar.toFile())) {
        JarEntry entry = file.getJarEntry("META-INF/services/" + service);
        assertThat(entry).as(service).isNotNull();
        try (InputStream in = file.getInputStream(entry)) {
          assertThat(providers(new String(in.readAllBytes(), StandardCharsets.UTF_8))).as(service)
              .isEqualTo(onTheClassPath);
        }
      }
      assertThat(onTheClassPath).as(service).hasSizeGreaterThan(1);
    }
  }

  private static Set<String> providers(String file) {
    Set<String> names = new TreeSet<>();
    file.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).forEach(names::add);
    return names;
  }

  @Test
  void plansTheExampleFromItsYamlFile() throws Exception {
    // The files the README names, from the source tree, as a user of a clone has them.
    Path example = Path.of("src/main/resources/org/plenary/examples/asp18");
    Path mail = example.resolve("mail");
    Path yaml = example.resolve(Asp18.FILE);
    Path out = dir.resolve("plan");
    Result r = java("plan", "--plenary", yaml.toString(), "--requests", mail.resolve(Asp18.MAILBOX).toString(),
        "--directory", mail.resolve("directory.csv").toString(), "--settings",
        mail.resolve("intake.properties").toString(), "--format", "all", "--lang", "all", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("Plan of \"Plenary session on cooperation\"");
    try (var files = Files.list(out)) {
      assertThat(files.filter(f -> f.getFileName().toString().matches("[a-z-]+\\.(ar|zh|en|fr|ru|es)\\.[a-z]+")))
          .hasSize(6 * (int) java("formats").out().lines().count() + 6);
    }
  }

  @Test
  void aBadFileIsOneLineAndItsCode() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "title: [\n");
    Result r = java("plan", "--plenary", bad.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(Exit.BAD_INPUT);
    assertThat(r.err().lines()).singleElement().asString().startsWith("plenary plan: bad.yaml");
  }

  @Test
  void theReadmesCommandsRunAsShown() throws Exception {
    Path top = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("## One command: `plenary`.*?```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("the README's block of commands").isTrue();
    List<String> lines = block.group(1).replace("\\\n", " ").lines()
        .filter(l -> !l.startsWith("alias ") && !l.startsWith("source ")).toList();
    assertThat(lines).filteredOn(l -> l.startsWith("java -jar ")).hasSizeGreaterThanOrEqualTo(6);
    for (String line : lines) {
      String command = line.replace(" out/", " " + dir.toAbsolutePath() + "/out/");
      Process p = new ProcessBuilder("bash", "-ec", String.join("\n", lines.subList(0, lines.indexOf(line)).stream()
          .filter(l -> !l.startsWith("java ")).toList()) + "\n" + command)
          .directory(top.toFile()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(line + "\n" + output).isZero();
    }
    assertThat(dir.resolve("out/releases/release-1/plan.json")).exists();
    assertThat(dir.resolve("out/plan/markdown.fr.md")).exists();
  }

  @Test
  void servesTheRoom() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "room", "--port", "0", "--token", "a-token-for-the-test")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertThat(first).startsWith("Display: http://127.0.0.1:");
      URI display = URI.create(first.substring("Display: ".length()));
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(display).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<html");
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  record Result(int code, String out, String err) {}

  private Result java(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("java -jar finished").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
