package org.plenary.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.examples.asp18.Asp18;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.examples.asp18.Asp18Sitting;
import org.plenary.examples.room.Room;
import org.plenary.examples.room.RoomServer;

/**
 * The room under load, on loopback: a server of its own (a JVM apart, so that its heap is its own)
 * holds 200 display clients on the sitting's event stream and 200 on a bare SSE echo for 60 s,
 * while the chair acts every 3 s and the echo is spoken to every 3 s between. Every display client
 * must see every event, in order. Measures the delay from sending to receiving at the 50th and 99th
 * percentiles for both, the ratio of the room's p99 to the echo's, the heap and the resident memory
 * the server holds per display client, and whether clients that go away are dropped. Writes
 * {@code room-load.md} to the folder given as first argument.
 */
public final class RoomLoad {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ACTIONS = List.of("{\"action\": \"next\"}",
      "{\"action\": \"add-time\", \"seconds\": 30}", "{\"action\": \"pause\"}", "{\"action\": \"resume\"}",
      "{\"action\": \"absent\", \"then\": \"end-of-list\"}", "{\"action\": \"point-of-order\", \"delegation\": \"FRA\"}",
      "{\"action\": \"next\"}", "{\"action\": \"end\"}");

  private RoomLoad() {}

  /** The server's side: the ASP18 room with the echo, its log in a temporary file; answers heap and count queries. */
  public static final class Server {
    private Server() {}

    /** Serves until its standard input ends. */
    public static void main(String[] args) throws Exception {
      Path log = Files.createTempFile("room-load", ".json");
      Files.delete(log);
      var plan = Asp18Main.plan();
      Room room = Room.open(plan, Asp18.rules(), Fit.shortenThenWaitList(Asp18Sitting.MINIMUM),
          java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.between(java.time.Instant.now(),
              plan.plenary().startInstant())), Optional.of(log), 1);
      RoomServer server = RoomServer.start(room, RoomServer.Options.loopback(0).withEcho());
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.println("URL " + server.url());
      out.println("TOKEN " + server.token());
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals("heap")) {
          for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
          }
          Runtime rt = Runtime.getRuntime();
          out.println("HEAP " + (rt.totalMemory() - rt.freeMemory()) + " THREADS " + Thread.activeCount()
              + " RSS " + rss() + " CLIENTS " + server.clients());
        } else if (line.equals("clients")) {
          out.println("CLIENTS " + server.clients());
        }
      }
      server.stop();
      Files.deleteIfExists(log);
    }

    private static long rss() throws IOException {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        }
      }
      return -1;
    }
  }

  private record Reading(long heap, int threads, long rss, int clients) {}

  /** Runs the load; {@code args}: the output folder, then optionally clients, seconds, seconds between actions. */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Path.of(args.length > 0 ? args[0] : "out/bench");
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int every = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process server = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Server.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader answers = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter ask = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
    try {
      URI url = URI.create(answers.readLine().substring(4));
      String token = answers.readLine().substring(6);
      HttpClient http = HttpClient.newHttpClient();
      HttpClient chair = HttpClient.newHttpClient();
      // warm the server's paths before anything is measured
      for (int i = 0; i < 20; i++) {
        get(chair, url.resolve("state?lang=" + (i % 2 == 0 ? "ar" : "fr")));
      }
      Reading empty = read(ask, answers);
      List<SseClient> room = new ArrayList<>();
      String[] langs = {"ar", "zh", "en", "fr", "ru", "es"};
      for (int i = 0; i < clients; i++) {
        room.add(SseClient.open(http, url.resolve("events?lang=" + langs[i % langs.length]), null));
      }
      await(() -> room.stream().allMatch(c -> !c.messages().isEmpty()), 60);
      Reading held = read(ask, answers);
      List<SseClient> echo = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        echo.add(SseClient.open(http, url.resolve("bench/echo"), null));
      }
      int expected = 2 * clients;
      await(() -> count(ask, answers) >= expected, 60);
      // warm both paths with every client connected, as JMH warms up: twenty actions and twenty echoes
      for (int i = 0; i < 20; i++) {
        chair.send(HttpRequest.newBuilder(url.resolve("chair/actions")).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(i % 2 == 0 ? "{\"action\": \"pause\"}" : "{\"action\": \"resume\"}"))
            .build(), HttpResponse.BodyHandlers.discarding());
        Thread.sleep(150);
        chair.send(HttpRequest.newBuilder(url.resolve("bench/echo"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"warm\":" + i + "}")).build(), HttpResponse.BodyHandlers.discarding());
        Thread.sleep(150);
      }
      Map<Long, Long> sentRoom = new HashMap<>();
      List<Long> acks = new ArrayList<>();
      Map<Long, Long> sentEcho = new HashMap<>();
      long start = System.nanoTime();
      long end = start + Duration.ofSeconds(seconds).toNanos();
      int step = 0;
      int refused = 0;
      long said = 20;
      while (System.nanoTime() < end) {
        long at = start + Duration.ofMillis(step * every * 500L).toNanos();
        while (System.nanoTime() < at) {
          Thread.sleep(1);
        }
        long t0 = System.nanoTime();
        if (step % 2 == 0) {
          HttpResponse<String> r = chair.send(HttpRequest.newBuilder(url.resolve("chair/actions"))
              .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(ACTIONS.get(step / 2 % ACTIONS.size()))).build(),
              HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            long v = JSON.readTree(r.body()).get("version").asLong();
            sentRoom.putIfAbsent(v, t0);
            acks.add(System.nanoTime() - t0);
          } else {
            refused++;
          }
        } else {
          said++;
          chair.send(HttpRequest.newBuilder(url.resolve("bench/echo"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"said\":" + said + "}")).build(),
              HttpResponse.BodyHandlers.discarding());
          sentEcho.put(said, t0);
        }
        step++;
      }
      long lastVersion = sentRoom.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
      long lastSaid = said;
      await(() -> room.stream().allMatch(c -> c.lastId() != null && Long.parseLong(c.lastId()) >= lastVersion)
          && echo.stream().allMatch(c -> c.lastId() != null && Long.parseLong(c.lastId()) >= lastSaid), 30);
      // every event, in order, at every display client
      int outOfOrder = 0;
      List<Long> roomDelays = new ArrayList<>();
      for (SseClient c : room) {
        long next = -1;
        for (SseClient.Message m : c.messages()) {
          JsonNode data = JSON.readTree(m.data());
          if (next < 0) {
            next = data.get("version").asLong() + 1;
            continue;
          }
          for (JsonNode e : data.get("events")) {
            if (e.get("n").asLong() != next) {
              outOfOrder++;
            }
            next = e.get("n").asLong() + 1;
          }
          Long t0 = sentRoom.get(data.get("version").asLong());
          if (t0 != null) {
            roomDelays.add(m.nanos() - t0);
          }
        }
        if (next != lastVersion + 1) {
          outOfOrder++;
        }
      }
      List<Long> echoDelays = new ArrayList<>();
      int echoMissed = 0;
      for (SseClient c : echo) {
        long seen = 20;
        for (SseClient.Message m : c.messages()) {
          long k = Long.parseLong(m.id());
          if (k <= 20) {
            continue;
          }
          if (k != seen + 1) {
            echoMissed++;
          }
          seen = k;
          echoDelays.add(m.nanos() - sentEcho.get(k));
        }
        if (seen != lastSaid) {
          echoMissed++;
        }
      }
      // clients that go away are dropped
      int leaving = clients / 4;
      for (int i = 0; i < leaving; i++) {
        room.get(i).close();
      }
      long dropStart = System.nanoTime();
      chair.send(HttpRequest.newBuilder(url.resolve("chair/actions")).header("Authorization", "Bearer " + token)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"action\": \"replan\"}"))
          .build(), HttpResponse.BodyHandlers.discarding());
      boolean dropped = await(() -> count(ask, answers) <= expected - leaving, 40);
      double dropSeconds = (System.nanoTime() - dropStart) / 1e9;
      for (SseClient c : room) {
        c.close();
      }
      for (SseClient c : echo) {
        c.close();
      }

      double[] r = percentiles(roomDelays);
      double[] e = percentiles(echoDelays);
      StringBuilder t = new StringBuilder();
      t.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
          .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
          .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
          .append(", date ").append(LocalDate.now(ZoneId.of("UTC"))).append(String.format(Locale.ROOT,
              " (%d display clients and %d echo clients on loopback, %d s, an action every %d s and an echo every %d s"
                  + " between)%n%n", clients, clients, seconds, every, every));
      t.append("| measure | result | target |\n|---|---:|---|\n");
      t.append(String.format(Locale.ROOT, "| room: action to display client, p50 / p99 / max | %.1f / %.1f / %.1f ms (%d deliveries) | |%n",
          r[0], r[1], r[2], roomDelays.size()));
      t.append(String.format(Locale.ROOT, "| bare SSE echo, p50 / p99 / max | %.1f / %.1f / %.1f ms (%d deliveries) | |%n",
          e[0], e[1], e[2], echoDelays.size()));
      double[] k = percentiles(acks);
      t.append(String.format(Locale.ROOT, "| room: action to its acknowledgement, log on disk, p50 / p99 | %.1f / %.1f ms | |%n",
          k[0], k[1]));
      t.append(String.format(Locale.ROOT, "| room p99 / echo p99 | %.2f | ≤ 2 |%n", r[1] / e[1]));
      t.append(String.format(Locale.ROOT, "| actions acknowledged (refused by the sitting) | %d (%d) | |%n",
          sentRoom.size(), refused));
      t.append(String.format(Locale.ROOT, "| display clients that missed an event or saw one out of order | %d of %d | 0 |%n",
          outOfOrder, clients));
      t.append(String.format(Locale.ROOT, "| echo clients that missed a message | %d of %d | 0 |%n", echoMissed, clients));
      t.append(String.format(Locale.ROOT, "| server heap held per display client | %.1f KiB | |%n",
          (held.heap() - empty.heap()) / 1024.0 / clients));
      t.append(String.format(Locale.ROOT, "| server resident memory per display client (thread stacks included) | %.1f KiB | |%n",
          (held.rss() - empty.rss()) / 1024.0 / clients));
      t.append(String.format(Locale.ROOT, "| server threads, before / with %d display clients | %d / %d | |%n", clients,
          empty.threads(), held.threads()));
      t.append(String.format(Locale.ROOT, "| %d clients gone away, dropped | %s, in %.1f s | yes |%n", leaving,
          dropped ? "yes" : "no", dropSeconds));
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("room-load.md"), t.toString(), StandardCharsets.UTF_8);
      out.print(t);
      out.println("\nWritten to " + folder.resolve("room-load.md"));
    } finally {
      ask.close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static void get(HttpClient http, URI uri) throws IOException, InterruptedException {
    http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
  }

  private static Reading read(PrintWriter ask, BufferedReader answers) throws IOException {
    ask.println("heap");
    String[] w = answers.readLine().split(" ");
    return new Reading(Long.parseLong(w[1]), Integer.parseInt(w[3]), Long.parseLong(w[5]), Integer.parseInt(w[7]));
  }

  private static int count(PrintWriter ask, BufferedReader answers) {
    try {
      ask.println("clients");
      return Integer.parseInt(answers.readLine().split(" ")[1]);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean await(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  /** p50, p99 and the maximum of {@code nanos}, in milliseconds. */
  private static double[] percentiles(List<Long> nanos) {
    long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    if (a.length == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    return new double[] {a[(int) Math.ceil(a.length * 0.50) - 1] / 1e6, a[(int) Math.ceil(a.length * 0.99) - 1] / 1e6,
        a[a.length - 1] / 1e6};
  }
}
