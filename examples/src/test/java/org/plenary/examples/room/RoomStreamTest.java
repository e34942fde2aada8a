package org.plenary.examples.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.core.testing.TestClock;
import org.plenary.examples.bench.SseClient;

/** The event stream: every client sees every event, in order; a client resumes; a client gone away is dropped. */
class RoomStreamTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private TestClock clock;
  private Room room;
  private RoomServer server;

  @BeforeEach
  void open() throws Exception {
    clock = TestClock.at(Rooms.asp18().plenary().startInstant());
    room = Rooms.asp18(clock, Optional.empty());
    server = Rooms.serve(room);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s for " + what).isLessThan(end);
      Thread.sleep(20);
    }
  }

  private URI events(String lang) {
    return server.url().resolve("events?lang=" + lang);
  }

  /** The numbers of the events the client was sent, in the order it got them, after its first state. */
  private static List<Long> numbers(SseClient c) throws Exception {
    List<Long> out = new ArrayList<>();
    for (SseClient.Message m : c.messages()) {
      JsonNode data = JSON.readTree(m.data());
      assertThat(m.event()).isEqualTo("sitting");
      assertThat(data.get("version").asText()).isEqualTo(m.id());
      assertThat(data.get("state").get("version").asText()).isEqualTo(m.id());
      for (JsonNode e : data.get("events")) {
        out.add(e.get("n").asLong());
      }
    }
    return out;
  }

  @Test
  void everyClientSeesEveryEventInOrderAndOneGoneAwayIsDropped() throws Exception {
    List<SseClient> clients = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      clients.add(SseClient.open(http, events(i % 2 == 0 ? "en" : "ar"), null));
    }
    await("every client's first state", () -> clients.stream().allMatch(c -> c.messages().size() == 1));
    assertThat(server.clients()).isEqualTo(20);
    long start = room.version();
    List<String> actions = List.of("next", "pause", "resume", "next", "replan", "next", "end", "next");
    SseClient leaving = clients.get(7);
    for (int i = 0; i < actions.size(); i++) {
      room.act(Action.of(actions.get(i)));
      clock.advance(Duration.ofSeconds(40));
      if (i == 3) {
        leaving.close();
      }
    }
    long end = room.version();
    List<SseClient> staying = clients.stream().filter(c -> c != leaving).toList();
    await("every event at every client", () -> staying.stream().allMatch(c -> end == Long.parseLong(c.lastId())));
    List<Long> expected = new ArrayList<>();
    for (long n = start + 1; n <= end; n++) {
      expected.add(n);
    }
    assertThat(expected).hasSizeGreaterThan(actions.size());
    for (SseClient c : staying) {
      assertThat(numbers(c)).as(c.toString()).isEqualTo(expected);
    }
    await("the client gone away dropped", () -> server.clients() == 19);
  }

  @Test
  void aClientBackAfterABreakGetsWhatItMissedFromLastEventId() throws Exception {
    SseClient first = SseClient.open(http, events("fr"), null);
    await("the first state", () -> first.messages().size() == 1);
    room.act(Action.of("next"));
    await("the call", () -> first.messages().size() == 2);
    first.close();
    String last = first.lastId();
    clock.advance(Duration.ofMinutes(6));
    room.act(Action.of("next"));
    room.act(Action.of("pause"));
    SseClient back = SseClient.open(http, events("fr"), last);
    await("what it missed", () -> !back.messages().isEmpty());
    JsonNode missed = JSON.readTree(back.messages().get(0).data());
    assertThat(missed.get("events")).extracting(e -> e.get("n").asLong() + " " + e.get("kind").asText())
        .containsExactly((Long.parseLong(last) + 1) + " ended", (Long.parseLong(last) + 2) + " began",
            (Long.parseLong(last) + 3) + " paused");
    assertThat(missed.get("state").get("paused").asBoolean()).isTrue();
    assertThat(back.lastId()).isEqualTo(String.valueOf(room.version()));
    SseClient upToDate = SseClient.open(http, events("fr"), back.lastId());
    await("the stream open", () -> server.clients() >= 2);
    room.act(Action.of("resume"));
    await("the resumption", () -> !upToDate.messages().isEmpty());
    assertThat(numbers(upToDate)).containsExactly(room.version());
  }
}
