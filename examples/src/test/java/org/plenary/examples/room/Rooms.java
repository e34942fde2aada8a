package org.plenary.examples.room;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenary.core.agenda.Constituency;
import org.plenary.core.agenda.Delegation;
import org.plenary.core.agenda.Speaker;
import org.plenary.core.plan.Plan;
import org.plenary.core.planner.Planner;
import org.plenary.core.request.RequestToSpeak;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.rule.RuleSet;
import org.plenary.core.testing.Sample;
import org.plenary.examples.asp18.Asp18;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.examples.asp18.Asp18Sitting;

/** Rooms for the tests: ASP18's, and a small one whose names are hostile; a clock the test moves. */
final class Rooms {

  /** A name and a function that try to break out of every context of a page. */
  static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&amp; ‮RTL\u0007";

  static final String TOKEN = "test-token-0123456789abcdef";

  private static Plan asp18;

  private Rooms() {}

  static synchronized Plan asp18() {
    if (asp18 == null) {
      asp18 = Asp18Main.plan();
    }
    return asp18;
  }

  static Room asp18(Clock clock, Optional<Path> log) throws IOException {
    return Room.open(asp18(), Asp18.rules(), Fit.shortenThenWaitList(Asp18Sitting.MINIMUM), clock, log, 1);
  }

  /** The sample plenary with five requests, the second from a delegation with a hostile name. */
  static Plan hostile() {
    List<RequestToSpeak> requests = new ArrayList<>(Sample.requests(5, 3));
    requests.set(1, RequestToSpeak.builder().from(requests.get(1))
        .speaker(Speaker.builder().name(HOSTILE).delegation(Delegation.of("EVIL", HOSTILE, Constituency.STATE_PARTY))
            .build()).build());
    return Planner.of(RuleSet.of()).plan(Sample.plenary(), requests);
  }

  static RoomServer serve(Room room) throws IOException {
    return RoomServer.start(room, RoomServer.Options.loopback(0).withToken(TOKEN).withHeartbeat(Duration.ofMillis(200)));
  }

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static HttpResponse<String> get(RoomServer server, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts {@code json} to the chair's actions with the chair's token, and {@code headers} besides. */
  static HttpResponse<String> act(RoomServer server, String json, String... headers) throws Exception {
    return post(URI.create(server.url() + "chair/actions"), json, "Authorization", "Bearer " + server.token(),
        "Content-Type", "application/json", headers);
  }

  static HttpResponse<String> post(URI uri, String json, String h1, String v1, String h2, String v2,
      String... more) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (h1 != null) {
      b.header(h1, v1);
    }
    if (h2 != null) {
      b.header(h2, v2);
    }
    if (more.length > 0) {
      b.headers(more);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
