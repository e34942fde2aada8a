package org.plenary.examples.room;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.core.plan.Plan;
import org.plenary.core.rule.Declarations.Fit;
import org.plenary.core.sitting.SittingEvent;
import org.plenary.examples.asp18.Asp18;
import org.plenary.examples.asp18.Asp18Main;
import org.plenary.examples.asp18.Asp18Sitting;

/**
 * Serves the room of the ASP18 plenary: plans it, opens its sitting (or resumes it from
 * {@code --log}), and prints the addresses of the display and the console and the chair's token.
 *
 * <pre>
 * --port N      the port (8080; 0 for any free one)
 * --host H      the address to listen on (127.0.0.1)
 * --log FILE    the sitting's log: resumed if it exists, else started
 * --speed N     a simulated chair runs the sitting, its clock N times as fast
 * --token T     the chair's token (else PLENARY_CHAIR_TOKEN, else a new one)
 * </pre>
 *
 * <p>The sitting's clock reads the plenary's planned start when the log is new, and the last event
 * of the log when it resumes: the time the server was down does not count.
 */
public final class RoomMain {

  private RoomMain() {}

  /** What the command line says. */
  record Settings(int port, String host, Optional<Path> log, Optional<Double> speed, Optional<String> token) {

    static Settings parse(List<String> args) {
      int port = 8080;
      String host = "127.0.0.1";
      Optional<Path> log = Optional.empty();
      Optional<Double> speed = Optional.empty();
      Optional<String> token = Optional.empty();
      for (int i = 0; i < args.size(); i++) {
        String name = args.get(i);
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.get(++i);
        switch (name) {
          case "--port" -> port = number(name, value);
          case "--host" -> host = value;
          case "--log" -> log = Optional.of(Path.of(value));
          case "--speed" -> {
            try {
              speed = Optional.of(Double.parseDouble(value));
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--speed must be a number, not '" + value + "'");
            }
            if (!(speed.get() > 0) || speed.get() > 1000) {
              throw new IllegalArgumentException("--speed must be above 0 and at most 1000, not " + value);
            }
          }
          case "--token" -> token = Optional.of(value);
          default -> throw new IllegalArgumentException("unknown option '" + name
              + "': the options are --port, --host, --log, --speed and --token");
        }
      }
      return new Settings(port, host, log, speed, token);
    }

    private static int number(String name, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
      }
    }
  }

  /** Runs until the process is stopped; exits with 2 on bad options, 1 if the log cannot be used. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Settings settings;
    try {
      settings = Settings.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try {
      RoomServer server = serve(settings, out);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "room-stop"));
      Thread.currentThread().join();
    } catch (IOException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Plans ASP18, opens its room and serves it as {@code settings} say; prints where. */
  static RoomServer serve(Settings settings, PrintStream out) throws IOException {
    Plan plan = Asp18Main.plan();
    Optional<LogFile> file = settings.log().map(LogFile::at);
    Optional<List<SittingEvent>> logged = file.isPresent() ? file.get().read() : Optional.empty();
    Instant origin = logged.filter(l -> !l.isEmpty()).map(l -> l.get(l.size() - 1).at())
        .orElse(plan.plenary().startInstant());
    double speed = settings.speed().orElse(1.0);
    RoomClock clock = new RoomClock(origin, speed, Asp18.ZONE);
    Room room = Room.open(plan, Asp18.rules(), Fit.shortenThenWaitList(Asp18Sitting.MINIMUM), clock, file,
        logged, speed);
    String token = settings.token().or(() -> Optional.ofNullable(System.getenv("PLENARY_CHAIR_TOKEN")))
        .orElseGet(RoomServer::newToken);
    RoomServer server = RoomServer.start(room, new RoomServer.Options(settings.host(), settings.port(), token,
        Duration.ofSeconds(15), 1000, false));
    out.println("Display: " + server.url());
    out.println("Chair: " + server.url() + "chair");
    out.println("Chair token: " + server.token());
    out.println("Console, signed in: " + server.url() + "chair#token=" + server.token());
    room.logFile().ifPresent(f -> out.println((logged.isPresent() ? "Resumed from " : "Log: ") + f));
    if (settings.speed().isPresent()) {
      Thread chair = new Thread(new SimulatedChair(room, speed), "simulated-chair");
      chair.setDaemon(true);
      chair.start();
      out.println("A simulated chair runs the sitting, " + speed + " times as fast.");
    }
    return server;
  }
}
