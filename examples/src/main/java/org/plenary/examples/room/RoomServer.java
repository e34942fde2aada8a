package org.plenary.examples.room;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The room over HTTP, on the JDK's own {@code com.sun.net.httpserver}: the display ({@code GET /}),
 * the chair's console ({@code GET /chair}), the state ({@code GET /state}, its schema at
 * {@code GET /state.schema.json}), the event stream ({@code GET /events}, Server-Sent Events that
 * resume from {@code Last-Event-ID}) and the chair's actions ({@code POST /chair/actions}, with the
 * chair's token as a bearer token). It listens on 127.0.0.1 unless told otherwise. Every handler is a
 * thin adapter: parse, authorise, call the {@link Room}, render. Thread-safe.
 *
 * <pre>{@code
 * RoomServer server = RoomServer.start(room, RoomServer.Options.loopback(8080));
 * System.out.println(server.url() + "chair#token=" + server.token());
 * }</pre>
 */
public final class RoomServer {

  /**
   * How the server runs.
   *
   * @param host the address it listens on: {@code 127.0.0.1} unless the room is to be reached from
   *     elsewhere
   * @param port the port, or 0 for any free one
   * @param token the chair's token, at least 16 characters; {@link #withNewToken()} draws one
   * @param heartbeat how often a quiet event stream sends a comment, so that a client gone away is
   *     found out and dropped
   * @param maxClients how many event streams it holds at once; one more gets a 503
   * @param echo whether it also serves a bare SSE echo ({@code /bench/echo}), the load benchmark's
   *     baseline
   */
  public record Options(String host, int port, String token, Duration heartbeat, int maxClients, boolean echo) {

    /** Checks the options. */
    public Options {
      requireNonNull(host, "host");
      requireNonNull(token, "token");
      requireNonNull(heartbeat, "heartbeat");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port (" + port + ") must be from 0 to 65535");
      }
      if (token.length() < 16 || !token.matches("[A-Za-z0-9._~+/=-]+")) {
        throw new IllegalArgumentException("the chair's token must be at least 16 characters of A-Z, a-z, 0-9"
            + " and ._~+/=-; the one given has " + token.length() + " characters or others");
      }
      if (heartbeat.isNegative() || heartbeat.isZero()) {
        throw new IllegalArgumentException("heartbeat (" + heartbeat + ") must be positive");
      }
      if (maxClients < 1) {
        throw new IllegalArgumentException("maxClients (" + maxClients + ") must be positive");
      }
    }

    /** On 127.0.0.1 at {@code port}, with a new token, a heartbeat every 15 s, at most 1 000 streams. */
    public static Options loopback(int port) {
      return new Options("127.0.0.1", port, newToken(), Duration.ofSeconds(15), 1000, false);
    }

    /** These options with a new token. */
    public Options withNewToken() {
      return new Options(host, port, newToken(), heartbeat, maxClients, echo);
    }

    /** These options with {@code token}. */
    public Options withToken(String token) {
      return new Options(host, port, token, heartbeat, maxClients, echo);
    }

    /** These options on {@code host}. */
    public Options on(String host) {
      return new Options(host, port, token, heartbeat, maxClients, echo);
    }

    /** These options with a heartbeat every {@code heartbeat}. */
    public Options withHeartbeat(Duration heartbeat) {
      return new Options(host, port, token, heartbeat, maxClients, echo);
    }

    /** These options with the benchmark's echo. */
    public Options withEcho() {
      return new Options(host, port, token, heartbeat, maxClients, true);
    }

    @Override
    public String toString() {
      return "Options[" + host + ":" + port + ", heartbeat " + heartbeat + ", at most " + maxClients
          + " streams" + (echo ? ", echo" : "") + "]";
    }
  }

  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
      + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Room room;
  private final Options options;
  private final HttpServer http;
  private final ExecutorService threads;
  private final byte[] tokenDigest;
  private final Set<String> origins = new LinkedHashSet<>();
  /**
   * Whether the server is reached by other machines, under whatever name or address they use for it:
   * the console's origin is then also the one its request was sent to ({@code Host}).
   */
  private final boolean beyondLoopback;
  private final Map<String, byte[]> assets = new HashMap<>();
  private final Semaphore streams;
  private final AtomicInteger clients = new AtomicInteger();
  private final Echo echo = new Echo();
  private volatile boolean stopping;

  private RoomServer(Room room, Options options) throws IOException {
    this.room = room;
    this.options = options;
    this.tokenDigest = sha256(options.token());
    this.streams = new Semaphore(options.maxClients());
    for (String name : List.of("room.css", "room.js", "state.schema.json")) {
      try (InputStream in = RoomServer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the room's resource '" + name + "' is missing");
        }
        assets.put(name, in.readAllBytes());
      }
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory named = r -> {
      Thread t = new Thread(r, "room-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.threads = Executors.newCachedThreadPool(named);
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 256);
    http.setExecutor(threads);
    http.createContext("/", this::handle);
    http.start();
    int port = http.getAddress().getPort();
    InetAddress bound = http.getAddress().getAddress();
    if (!bound.isAnyLocalAddress()) {
      String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
      origins.add("http://" + host + ":" + port);
    }
    if (bound.isLoopbackAddress() || bound.isAnyLocalAddress()) {
      origins.add("http://127.0.0.1:" + port);
      origins.add("http://localhost:" + port);
    }
    this.beyondLoopback = !bound.isLoopbackAddress();
  }

  /**
   * Serves {@code room} as {@code options} say, from now.
   *
   * @throws IOException if it cannot listen there
   */
  public static RoomServer start(Room room, Options options) throws IOException {
    return new RoomServer(requireNonNull(room, "room"), requireNonNull(options, "options"));
  }

  /** A new chair's token: 32 random bytes, in URL-safe Base64. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The address of the display, such as {@code http://127.0.0.1:8080/}. */
  public URI url() {
    return URI.create(origins.iterator().next() + "/");
  }

  /** The port it listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The chair's token. */
  public String token() {
    return options.token();
  }

  /** The event streams open now, the echo's included. */
  public int clients() {
    return clients.get();
  }

  /** Stops: ends the event streams and closes every connection. */
  public void stop() {
    stopping = true;
    room.wake();
    echo.wake();
    http.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      String path = x.getRequestURI().getRawPath();
      String method = x.getRequestMethod();
      Headers out = x.getResponseHeaders();
      out.set("X-Content-Type-Options", "nosniff");
      out.set("Referrer-Policy", "no-referrer");
      out.set("Cache-Control", "no-store");
      switch (path) {
        case "/", "/chair" -> {
          only(x, "GET");
          Texts t = Texts.of(language(x));
          String title = room.plan().plenary().title().in(t.language());
          out.set("Content-Security-Policy", CSP);
          send(x, 200, "text/html; charset=utf-8", (path.equals("/") ? Pages.display(t, title)
              : Pages.console(t, title, room.delegations(t.language()))).getBytes(StandardCharsets.UTF_8));
        }
        case "/room.css" -> asset(x, "room.css", "text/css; charset=utf-8");
        case "/room.js" -> asset(x, "room.js", "text/javascript; charset=utf-8");
        case "/state.schema.json" -> asset(x, "state.schema.json", "application/schema+json");
        case "/state" -> {
          only(x, "GET");
          send(x, 200, "application/json; charset=utf-8",
              room.state(language(x)).json().getBytes(StandardCharsets.UTF_8));
        }
        case "/events" -> {
          only(x, "GET");
          stream(x, language(x));
        }
        case "/chair/actions" -> {
          only(x, "POST");
          long version = room.act(authorised(x));
          send(x, 200, "application/json; charset=utf-8",
              ("{\"version\":" + version + "}").getBytes(StandardCharsets.UTF_8));
        }
        case "/bench/echo" -> {
          if (!options.echo()) {
            throw new Refusal(404, "no such page: " + Texts.oneLine(path));
          }
          if (x.getRequestMethod().equals("POST")) {
            echo.say(new String(body(x), StandardCharsets.UTF_8));
            send(x, 200, "text/plain; charset=utf-8", new byte[0]);
          } else {
            only(x, "GET");
            echoStream(x);
          }
        }
        default -> throw new Refusal(404, "no such page: " + Texts.oneLine(path));
      }
    } catch (Refusal r) {
      if (r.status() == 401) {
        x.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"chair\"");
      }
      Texts texts = refusalTexts(x);
      x.getResponseHeaders().set("Content-Language", texts.tag());
      send(x, r.status(), "text/plain; charset=utf-8", (r.reason(texts) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException | UncheckedIOException gone) {
      // the client went away
    } finally {
      x.close();
    }
  }

  private static void only(HttpExchange x, String method) throws Refusal {
    if (!x.getRequestMethod().equals(method)) {
      x.getResponseHeaders().set("Allow", method);
      throw new Refusal(405, x.getRequestURI().getRawPath() + " takes " + method + " only, not "
          + Texts.oneLine(x.getRequestMethod()));
    }
  }

  private void asset(HttpExchange x, String name, String type) throws Refusal, IOException {
    only(x, "GET");
    x.getResponseHeaders().set("Cache-Control", "no-cache");
    send(x, 200, type, assets.get(name));
  }

  /** The reader's language: {@code ?lang=}, then {@code Accept-Language}, then English. */
  private static Locale language(HttpExchange x) throws Refusal {
    String lang = null;
    String query = x.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        if (key.equals("lang")) {
          try {
            lang = URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
          } catch (IllegalArgumentException e) {
            throw Refusal.bad("lang is not URL-encoded: " + Texts.oneLine(pair));
          }
        }
      }
    }
    try {
      return Texts.negotiate(lang, x.getRequestHeaders().getFirst("Accept-Language"));
    } catch (IllegalArgumentException e) {
      throw Refusal.bad(e.getMessage());
    }
  }

  /**
   * Whether {@code origin} is the address the request was sent to, for a server reached beyond
   * loopback (on a loopback address only the listed origins count, so that a page of a site whose
   * name was made to point at this machine is refused).
   */
  private boolean sameAsHost(String origin, HttpExchange x) {
    String host = x.getRequestHeaders().getFirst("Host");
    return beyondLoopback && host != null && origin.equalsIgnoreCase("http://" + host.strip());
  }

  /** The action of a request from the chair: same origin, the chair's token, a JSON body. */
  private Action authorised(HttpExchange x) throws Refusal, IOException {
    String origin = x.getRequestHeaders().getFirst("Origin");
    if (origin != null && !origins.contains(origin) && !sameAsHost(origin, x)) {
      throw new Refusal(403, "requests from " + Texts.oneLine(origin) + " are refused: the console is served at "
          + origins.iterator().next());
    }
    String authorization = x.getRequestHeaders().getFirst("Authorization");
    if (authorization == null) {
      throw new Refusal(401, "the chair's token is missing: send Authorization: Bearer <token>");
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || !MessageDigest.isEqual(sha256(authorization.substring(7).trim()), tokenDigest)) {
      throw new Refusal(401, "the chair's token is wrong");
    }
    String type = x.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new Refusal(415, "the body must be application/json, not " + (type == null ? "untyped"
          : Texts.oneLine(type)));
    }
    return Action.parse(body(x));
  }

  private static byte[] body(HttpExchange x) throws Refusal, IOException {
    try (InputStream in = x.getRequestBody()) {
      byte[] bytes = in.readNBytes(Action.MAX_BYTES + 1);
      if (bytes.length > Action.MAX_BYTES) {
        throw new Refusal(413, "the body is longer than " + Action.MAX_BYTES + " bytes");
      }
      return bytes;
    }
  }

  /** Compares digests, not tokens: {@link MessageDigest#isEqual} then takes as long whatever the token's length. */
  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The language a refusal is worded in: the request's, as for a page, or English when it asks for none we have. */
  private static Texts refusalTexts(HttpExchange x) {
    try {
      return Texts.of(Texts.negotiate(null, x.getRequestHeaders().getFirst("Accept-Language")));
    } catch (IllegalArgumentException none) {
      return Texts.of(Locale.ENGLISH);
    }
  }

  /** The event stream of the sitting: from {@code Last-Event-ID} on if the client gives it, else from now. */
  private void stream(HttpExchange x, Locale language) throws IOException, Refusal {
    long cursor = lastEventId(x);
    open(x);
    try {
      OutputStream out = x.getResponseBody();
      out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
      if (cursor < 0 || cursor > room.version()) {
        Room.Snapshot s = room.snapshot(language);
        out.write(message(s.version(), "[]", s.json()));
        out.flush();
        cursor = s.version();
      }
      while (!stopping) {
        long now = cursor == room.version() ? room.await(cursor, options.heartbeat().toMillis()) : room.version();
        if (stopping) {
          break;
        }
        if (now != cursor) {
          Room.Change change = room.latest().orElse(null);
          Room.Snapshot s = room.snapshot(language);
          if (change != null && change.from() == cursor && change.version() == s.version()) {
            out.write(change.messages().computeIfAbsent(language, l -> message(s.version(), change.events(), s.json())));
          } else {
            out.write(message(s.version(), room.events(cursor, s.version()), s.json()));
          }
          out.flush();
          cursor = s.version();
        } else {
          out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }

  /** A message of the event stream: the version as its id, the events since the client's last, the state. */
  private static byte[] message(long version, String events, String state) {
    return ("id: " + version + "\nevent: sitting\ndata: {\"version\":" + version + ",\"events\":" + events
        + ",\"state\":" + state + "}\n\n").getBytes(StandardCharsets.UTF_8);
  }

  private static long lastEventId(HttpExchange x) {
    String id = x.getRequestHeaders().getFirst("Last-Event-ID");
    if (id != null && id.strip().matches("\\d{1,18}")) {
      return Long.parseLong(id.strip());
    }
    return -1;
  }

  private void open(HttpExchange x) throws IOException, Refusal {
    if (!streams.tryAcquire()) {
      throw new Refusal(503, "the server holds " + options.maxClients() + " event streams already");
    }
    clients.incrementAndGet();
    Headers h = x.getResponseHeaders();
    h.set("Content-Type", "text/event-stream; charset=utf-8");
    h.set("X-Accel-Buffering", "no");
    try {
      x.sendResponseHeaders(200, 0);
    } catch (IOException | RuntimeException gone) {
      close(); // the client went away before its stream began: its place is free again
      throw gone;
    }
  }

  private void close() {
    clients.decrementAndGet();
    streams.release();
  }

  /** The bare echo: what is posted to it goes to every stream of it, and nothing else is done. */
  private void echoStream(HttpExchange x) throws IOException, Refusal {
    open(x);
    try {
      OutputStream out = x.getResponseBody();
      long cursor = echo.count();
      while (!stopping) {
        Echo.Said said = echo.await(cursor, options.heartbeat().toMillis());
        if (stopping) {
          break;
        }
        if (said.count() != cursor) {
          out.write(("id: " + said.count() + "\nevent: echo\ndata: " + said.text() + "\n\n")
              .getBytes(StandardCharsets.UTF_8));
          cursor = said.count();
        } else {
          out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }

  /** The last thing said to the echo, and how many things were said. */
  private static final class Echo {
    record Said(long count, String text) {}

    private Said last = new Said(0, "");
    private long wakes;

    synchronized void say(String text) {
      last = new Said(last.count() + 1, text.replaceAll("[\\r\\n]", " "));
      notifyAll();
    }

    synchronized long count() {
      return last.count();
    }

    synchronized Said await(long known, long millis) throws InterruptedException {
      long end = System.nanoTime() + millis * 1_000_000;
      long woken = wakes;
      while (last.count() == known && wakes == woken) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          break;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return last;
    }

    synchronized void wake() {
      wakes++;
      notifyAll();
    }
  }

  @Override
  public String toString() {
    return "RoomServer[" + url() + ", " + clients() + " streams, " + room + "]";
  }
}
