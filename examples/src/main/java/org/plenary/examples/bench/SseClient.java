package org.plenary.examples.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A client of a Server-Sent Events stream, as a browser's {@code EventSource} reads one: lines
 * gathered into messages at each blank line, comments skipped, each message stamped with
 * {@link System#nanoTime()} when its last line arrived. Asynchronous: no thread is held per client.
 * Thread-safe.
 */
public final class SseClient implements Flow.Subscriber<String> {

  /** One message: its {@code id}, {@code event} and {@code data}, and when it arrived. */
  public record Message(String id, String event, String data, long nanos) {}

  private final List<Message> messages = new ArrayList<>();
  private final StringBuilder data = new StringBuilder();
  private String id = "";
  private String event = "message";
  private volatile Flow.Subscription subscription;
  private volatile boolean ended;
  private volatile int status;

  private SseClient() {}

  /**
   * Opens the stream at {@code uri} with {@code http}, from {@code lastEventId} if not null; the
   * client gathers messages until {@link #close}.
   */
  public static SseClient open(HttpClient http, URI uri, String lastEventId) {
    SseClient c = new SseClient();
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
        .timeout(Duration.ofMinutes(30));
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    CompletableFuture<HttpResponse<Void>> response = http.sendAsync(b.build(),
        HttpResponse.BodyHandlers.fromLineSubscriber(c));
    response.whenComplete((r, e) -> {
      if (r != null) {
        c.status = r.statusCode();
      }
      c.ended = true;
    });
    return c;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(String line) {
    long now = System.nanoTime();
    if (line.isEmpty()) {
      if (data.length() > 0) {
        synchronized (messages) {
          messages.add(new Message(id, event, data.substring(0, data.length() - 1), now));
        }
      }
      data.setLength(0);
      event = "message";
    } else if (line.startsWith(":")) {
      return;
    } else {
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
      switch (field) {
        case "id" -> id = value;
        case "event" -> event = value;
        case "data" -> data.append(value).append('\n');
        default -> { }
      }
    }
  }

  @Override
  public void onError(Throwable t) {
    ended = true;
  }

  @Override
  public void onComplete() {
    ended = true;
  }

  /** The messages so far, in the order they came. */
  public List<Message> messages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  /** The id of the last message, as {@code Last-Event-ID} would send it, or null before any. */
  public String lastId() {
    List<Message> m = messages();
    return m.isEmpty() ? null : m.get(m.size() - 1).id();
  }

  /** Whether the stream has ended, by the server or by {@link #close}. */
  public boolean ended() {
    return ended;
  }

  /** The response's status, once the headers came; 0 before. */
  public int status() {
    return status;
  }

  /** Goes away: cancels the stream, which closes its connection. */
  public void close() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    ended = true;
  }

  @Override
  public String toString() {
    return "SseClient[" + messages().size() + " messages, last " + lastId() + (ended ? ", ended" : "") + "]";
  }
}
