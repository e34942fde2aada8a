package org.plenary.examples.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.export.json.SittingLogJson;

/**
 * Nothing lost: the room's server runs as a process of its own, is killed outright ({@code kill -9})
 * while quiet and in the middle of a burst of actions, and started again on the same log; every
 * action it acknowledged is in the log, the log reads whole, and the display's state is the same.
 */
class RoomRestartTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void killWhatIsLeft() throws InterruptedException {
    for (Process p : started) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A server on {@code log}, in a JVM of its own; returns its display's address once it listens. */
  private URI start(Path log) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        RoomMain.class.getName(), "--port", "0", "--log", log.toString(), "--token", Rooms.TOKEN)
        .redirectErrorStream(true).start();
    started.add(p);
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.add(line);
      if (line.startsWith("Display: ")) {
        Thread drain = new Thread(() -> {
          try {
            out.transferTo(Writer.nullWriter());
          } catch (IOException e) {
            // the process is gone
          }
        });
        drain.setDaemon(true);
        drain.start();
        return URI.create(line.substring("Display: ".length()));
      }
    }
    throw new IllegalStateException("the server did not start: " + seen);
  }

  private Process last() {
    return started.get(started.size() - 1);
  }

  private static HttpResponse<String> act(URI display, String json) throws IOException, InterruptedException {
    return Rooms.HTTP.send(HttpRequest.newBuilder(display.resolve("chair/actions")).timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + Rooms.TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode state(URI display) throws Exception {
    return JSON.readTree(Rooms.HTTP.send(HttpRequest.newBuilder(display.resolve("state?lang=fr")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static List<SittingEvent> read(Path log) throws IOException {
    try (InputStream in = Files.newInputStream(log)) {
      return SittingLogJson.read(in);
    }
  }

  private void kill() throws InterruptedException {
    last().destroyForcibly();
    assertThat(last().waitFor(20, TimeUnit.SECONDS)).isTrue();
  }

  /** What the display shows of a state, but for the time that passes. */
  private static String shown(JsonNode s) {
    return s.get("version") + " " + s.get("paused") + " " + s.get("segment") + " "
        + (s.get("current").isNull() ? "nobody" : s.get("current").get("id") + " " + s.get("current").get("delegation"))
        + " next " + s.get("next").findValuesAsText("id") + " " + s.get("remaining") + " to come, " + s.get("done")
        + " done";
  }

  @Test
  void aServerKilledWhileQuietComesBackWithTheSameSitting() throws Exception {
    Path log = dir.resolve("asp18.json");
    URI display = start(log);
    for (String action : List.of("{\"action\": \"next\"}", "{\"action\": \"add-time\", \"seconds\": 30}",
        "{\"action\": \"pause\"}", "{\"action\": \"resume\"}", "{\"action\": \"absent\", \"then\": \"end-of-list\"}",
        "{\"action\": \"point-of-order\", \"delegation\": \"FRA\"}")) {
      assertThat(act(display, action).statusCode()).as(action).isEqualTo(200);
    }
    JsonNode before = state(display);
    byte[] logged = Files.readAllBytes(log);
    kill();
    assertThat(Files.readAllBytes(log)).isEqualTo(logged);
    URI again = start(log);
    JsonNode after = state(again);
    assertThat(shown(after)).isEqualTo(shown(before)).contains("opening-remarks");
    assertThat(after.get("current").get("timeLeftMillis").asLong())
        .isBetween(before.get("current").get("timeLeftMillis").asLong() - 5_000,
            before.get("current").get("timeLeftMillis").asLong() + 5_000);
    assertThat(act(again, "{\"action\": \"next\"}").statusCode()).isEqualTo(200);
    assertThat(read(log)).hasSize(after.get("version").asInt() + 2);
  }

  @Test
  void aServerKilledInTheMiddleOfABurstLosesNoActionItAcknowledged() throws Exception {
    Path log = dir.resolve("burst.json");
    List<String> cycle = List.of("{\"action\": \"next\"}", "{\"action\": \"add-time\", \"seconds\": 15}",
        "{\"action\": \"pause\"}", "{\"action\": \"resume\"}", "{\"action\": \"absent\", \"then\": \"end-of-list\"}",
        "{\"action\": \"end\"}", "{\"action\": \"next\"}", "{\"action\": \"replan\"}");
    long logged = -1;
    for (long killAfter : List.of(0L, 40L, 250L)) {
      URI display = start(log);
      long resumedAt = state(display).get("version").asLong();
      if (logged >= 0) {
        assertThat(resumedAt).as("the version of the server started again").isEqualTo(logged);
      }
      AtomicLong acknowledged = new AtomicLong(resumedAt);
      AtomicLong refused = new AtomicLong();
      Thread chair = new Thread(() -> {
        for (int i = 0; ; i++) {
          try {
            HttpResponse<String> r = act(display, cycle.get(i % cycle.size()));
            if (r.statusCode() == 200) {
              acknowledged.accumulateAndGet(JSON.readTree(r.body()).get("version").asLong(), Math::max);
            } else {
              refused.incrementAndGet();
            }
          } catch (IOException | InterruptedException gone) {
            return;
          }
        }
      });
      chair.start();
      long warm = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (acknowledged.get() < resumedAt + 3 && System.nanoTime() < warm) {
        Thread.sleep(1);
      }
      Thread.sleep(killAfter);
      kill();
      chair.join(30_000);
      List<SittingEvent> events = read(log);
      assertThat(acknowledged.get()).as("actions acknowledged before the kill")
          .isGreaterThanOrEqualTo(resumedAt + 3);
      assertThat((long) events.size()).as("the log after a kill " + killAfter + " ms into the burst")
          .isGreaterThanOrEqualTo(acknowledged.get());
      logged = events.size();
    }
    assertThat(state(start(log)).get("version").asLong()).isEqualTo(logged);
  }
}
