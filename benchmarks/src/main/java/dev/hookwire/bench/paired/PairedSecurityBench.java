package dev.hookwire.bench.paired;

import dev.hookwire.bench.boot.SecurityApps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * What Hookwire's Spring Security adapters cost a login, measured in paired rounds so that the
 * answer is finer than the run-to-run spread of JMH's forks of {@code SpringSecurityBench} (10% and
 * more, which hides a 2% goal).
 *
 * <p>The contenders ({@code variants}; by default {@code none}, {@code empty}, {@code hooks8} and
 * {@code no-after-login}: the 8 hooks with after-login switched off) run at once, each a {@link
 * SecurityApps} variant in a JVM of its own ({@link SecurityServer}, same heap), on loopback; this
 * JVM is the client. After a warm-up long enough for every server to reach its steady throughput
 * under load, each round visits the servers in a shuffled order and measures each the same way, so
 * that whatever the machine does during a round lands on all alike. A round's ratio is the
 * contender against the baseline (the first) of the same round; the report gives their geometric
 * mean with a 95% confidence interval ({@link PairedRatio}). The interval covers the rounds'
 * spread, not the spread between JVMs (each contender is one JVM per fork), so the run repeats
 * with fresh JVMs ({@code forks}) and calls a goal met or missed only when every fork's interval
 * says so.
 *
 * <ul>
 *   <li>Throughput rounds: {@code threads} clients (16) send form logins for {@code visit} (2 s)
 *       to each server in turn; logins per second.
 *   <li>Latency rounds: one client sends {@code logins} form logins (1,000) and then {@code tokens}
 *       client-credentials token requests (200) to each server in turn; microseconds per request.
 * </ul>
 *
 * Every answer is checked (a login must redirect to {@code /}, a token request answer 200); any
 * other answer ends the run. System properties, all {@code hookwire.bench.paired.}: {@code
 * variants} (comma-separated {@code label} or {@code label=variant}, the baseline first), {@code
 * jvm.<label>} (a contender's own JVM options), {@code forks} (1), {@code warmup} (seconds of
 * load per server, 60), {@code rounds} (throughput rounds, 20), {@code visit} (milliseconds,
 * 2000), {@code threads} (16), {@code latency-rounds} (30), {@code logins} (1000), {@code tokens}
 * (200), {@code server-jvm} (every server's JVM options, {@code -Xmx3g}), {@code seed} (the
 * shuffle's, 1; fork {@code n} uses seed + n). Run by {@code benchmarks/run.sh --only paired}.
 */
public final class PairedSecurityBench {
  private static final PrintStream OUT = System.out;
  private static final double GOAL = 1.02;
  private static final Duration RAMP = Duration.ofMillis(200);
  /**
   * The default contenders: no Hookwire (the baseline), the empty hooks package, the 8 hooks, and
   * the 8 hooks with after-login switched off at startup, which isolates what the one hook a login
   * runs off the request thread (the catalog's 30 s time limit) costs.
   */
  private static final String DEFAULT_VARIANTS = "none,empty,hooks8,no-after-login=hooks8";

  private static final Map<String, String> DEFAULT_JVM_OPTIONS =
      Map.of("no-after-login", "-Dhookwire.disabled.after-login=AfterLogin");

  private PairedSecurityBench() {}

  /** The run's settings, from system properties. */
  record Settings(
      int warmupSeconds,
      int rounds,
      Duration visit,
      int threads,
      int latencyRounds,
      int logins,
      int tokens,
      String serverJvm,
      long seed,
      int forks,
      List<Contender> contenders) {
    static Settings fromSystemProperties() {
      return new Settings(
          positive("warmup", 60),
          positive("rounds", 20),
          Duration.ofMillis(positive("visit", 2000)),
          positive("threads", 16),
          positive("latency-rounds", 30),
          positive("logins", 1000),
          positive("tokens", 200),
          System.getProperty("hookwire.bench.paired.server-jvm", "-Xmx3g"),
          number("hookwire.bench.paired.seed", 1),
          positive("forks", 1),
          Contender.parse(System.getProperty("hookwire.bench.paired.variants", DEFAULT_VARIANTS)));
    }

    /** The whole number {@code key} gives, or {@code otherwise}; fails naming it when it is none. */
    private static long number(String key, long otherwise) {
      String text = System.getProperty(key);
      if (text == null) {
        return otherwise;
      }
      try {
        return Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " must be a whole number, was \"" + text + "\"");
      }
    }

    /** The contenders' labels, the baseline first. */
    List<String> labels() {
      return contenders.stream().map(Contender::label).toList();
    }

    private static int positive(String name, int otherwise) {
      String key = "hookwire.bench.paired." + name;
      int value = (int) number(key, otherwise);
      if (value < 1 || (value < 2 && name.endsWith("rounds"))) {
        throw new IllegalArgumentException(
            key + " must be at least " + (name.endsWith("rounds") ? 2 : 1) + ", was " + value);
      }
      return value;
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    OUT.println("Paired security benchmark: " + String.join(", ", settings.labels())
        + ", each in its own JVM (" + settings.serverJvm() + "); "
        + Runtime.getRuntime().availableProcessors() + " cores, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    OUT.println(settings.forks() + " fork(s), each: warm-up " + settings.warmupSeconds()
        + " s per server; " + settings.rounds() + " throughput rounds of "
        + settings.visit().toMillis() + " ms x " + settings.threads() + " clients; "
        + settings.latencyRounds() + " latency rounds of " + settings.logins() + " logins and "
        + settings.tokens() + " token requests");
    List<Map<Measure, Map<String, List<Double>>>> forks = new ArrayList<>();
    long retries = 0;
    for (int fork = 1; fork <= settings.forks(); fork++) {
      List<Server> servers = new ArrayList<>();
      try {
        for (Contender contender : settings.contenders()) {
          servers.add(Server.start(contender, options(settings.serverJvm())));
        }
        for (Server server : servers) {
          server.check();
        }
        forks.add(measure(settings, servers, new Random(settings.seed() + fork)));
      } finally {
        for (Server server : servers) {
          retries += server.retries.sum();
          server.close();
        }
      }
    }
    report(settings, forks);
    if (retries > 0) {
      OUT.println();
      OUT.println("requests sent again after a client connection fault: " + retries);
    }
  }

  /** Per measure, per variant: one value per round. */
  private static Map<Measure, Map<String, List<Double>>> measure(
      Settings settings, List<Server> servers, Random random) throws InterruptedException {
    long warmupMillis = settings.warmupSeconds() * 1000L;
    long perRound = settings.visit().toMillis() + settings.visit().toMillis() / 2;
    for (long spent = 0; spent < warmupMillis; spent += perRound) {
      for (Server server : shuffled(servers, random)) {
        server.throughput(server.login(), settings.threads(), settings.visit());
        server.throughput(server.token(), settings.threads(), settings.visit().dividedBy(2));
      }
    }
    Map<Measure, Map<String, List<Double>>> values = new LinkedHashMap<>();
    for (Measure measure : Measure.values()) {
      Map<String, List<Double>> byVariant = new LinkedHashMap<>();
      for (String label : settings.labels()) {
        byVariant.put(label, new ArrayList<>());
      }
      values.put(measure, byVariant);
    }
    for (int round = 0; round < settings.rounds(); round++) {
      for (Server server : shuffled(servers, random)) {
        values
            .get(Measure.CONCURRENT_LOGINS)
            .get(server.variant)
            .add(server.throughput(server.login(), settings.threads(), settings.visit()));
      }
    }
    for (int round = 0; round < settings.latencyRounds(); round++) {
      for (Server server : shuffled(servers, random)) {
        values
            .get(Measure.LOGIN)
            .get(server.variant)
            .add(server.micros(server.login(), settings.logins()));
        values
            .get(Measure.TOKEN)
            .get(server.variant)
            .add(server.micros(server.token(), settings.tokens()));
      }
    }
    return values;
  }

  /**
   * The table, from every fork's rounds together (a ratio is always within one round of one fork),
   * then each fork's own ratios when there are several, and the verdicts: a goal is met when every
   * fork's interval is below it and missed when every fork's interval is above it.
   */
  private static void report(
      Settings settings, List<Map<Measure, Map<String, List<Double>>>> forks) {
    List<String> labels = settings.labels();
    String baseline = labels.get(0);
    List<String> others = labels.subList(1, labels.size());
    StringBuilder header = new StringBuilder("| measure (median of rounds) |");
    labels.forEach(label -> header.append(' ').append(label).append(" |"));
    others.forEach(
        label -> header.append(' ').append(label).append(" / ").append(baseline).append(" |"));
    OUT.println();
    OUT.println(header);
    OUT.println("|---|" + "---|".repeat(labels.size() + others.size()));
    List<String> verdicts = new ArrayList<>();
    List<String> perFork = new ArrayList<>();
    for (Measure measure : Measure.values()) {
      Map<String, List<Double>> pooled = new LinkedHashMap<>();
      for (String label : labels) {
        List<Double> all = new ArrayList<>();
        forks.forEach(fork -> all.addAll(fork.get(measure).get(label)));
        pooled.put(label, all);
      }
      StringBuilder row = new StringBuilder("| " + measure.title(settings) + " |");
      for (String label : labels) {
        row.append(String.format(Locale.ROOT, " %,.1f |", PairedRatio.median(pooled.get(label))));
      }
      for (String label : others) {
        PairedRatio ratio = measure.cost(pooled.get(baseline), pooled.get(label));
        row.append(" ").append(interval(ratio)).append(" |");
        List<String> forkVerdicts = new ArrayList<>();
        for (int fork = 0; fork < forks.size(); fork++) {
          Map<String, List<Double>> values = forks.get(fork).get(measure);
          PairedRatio own = measure.cost(values.get(baseline), values.get(label));
          forkVerdicts.add(own.verdict(GOAL));
          perFork.add("- fork " + (fork + 1) + ", " + measure.goal(settings) + ", " + label + ": "
              + interval(own));
        }
        String verdict = forkVerdicts.stream().distinct().count() == 1
            ? forkVerdicts.get(0)
            : "not resolved (the forks disagree: " + String.join("; ", forkVerdicts) + ")";
        verdicts.add(String.format(
            Locale.ROOT,
            "- %s, %s under %.2fx %s: %s, %s",
            measure.goal(settings),
            label,
            GOAL,
            baseline,
            interval(ratio),
            verdict));
      }
      OUT.println(row);
    }
    OUT.println();
    OUT.println(
        "Ratios: the geometric mean of the rounds' ratios (a round's variant against the same"
            + " round's " + baseline + "; above 1 = a cost) and its 95% confidence interval.");
    if (forks.size() > 1) {
      OUT.println();
      perFork.forEach(OUT::println);
    }
    OUT.println();
    verdicts.forEach(OUT::println);
  }

  private static String interval(PairedRatio ratio) {
    return String.format(
        Locale.ROOT, "%.3fx [%.3f, %.3f]", ratio.mean(), ratio.low(), ratio.high());
  }

  private static List<Server> shuffled(List<Server> servers, Random random) {
    List<Server> order = new ArrayList<>(servers);
    Collections.shuffle(order, random);
    return order;
  }

  /**
   * One server of the run: {@code label} in the report, the {@link SecurityApps} variant {@code
   * app} it runs, and JVM options of its own (for an experiment: {@code
   * -Dhookwire.disabled.after-login=AfterLogin}, say).
   */
  record Contender(String label, String app, List<String> jvmOptions) {
    /**
     * Parses {@code hookwire.bench.paired.variants}: comma-separated entries {@code label} (the
     * variant of that name) or {@code label=variant}; each label's own JVM options come from
     * {@code hookwire.bench.paired.jvm.<label>} ({@code no-after-login} has its own by default).
     * The first entry is the baseline.
     */
    static List<Contender> parse(String spec) {
      List<Contender> contenders = new ArrayList<>();
      for (String entry : spec.split(",")) {
        String[] parts = entry.trim().split("=", 2);
        String label = parts[0].trim();
        String app = parts.length == 2 ? parts[1].trim() : label;
        if (label.isEmpty() || contenders.stream().anyMatch(c -> c.label().equals(label))) {
          throw new IllegalArgumentException(
              "hookwire.bench.paired.variants: empty or repeated label in " + spec);
        }
        String own = System.getProperty(
            "hookwire.bench.paired.jvm." + label, DEFAULT_JVM_OPTIONS.getOrDefault(label, ""));
        contenders.add(new Contender(label, app, options(own)));
      }
      if (contenders.size() < 2) {
        throw new IllegalArgumentException(
            "hookwire.bench.paired.variants: a baseline and at least one more, was " + spec);
      }
      return List.copyOf(contenders);
    }
  }

  private static List<String> options(String line) {
    List<String> options = new ArrayList<>();
    for (String option : line.trim().split("\\s+")) {
      if (!option.isEmpty()) {
        options.add(option);
      }
    }
    return options;
  }

  /** What is measured; a cost ratio is above 1 when the variant is slower. */
  enum Measure {
    LOGIN("form login (POST /login), us", "a form login", true),
    TOKEN("token request (client credentials), us", "a token request", true),
    CONCURRENT_LOGINS("concurrent form logins, logins/s", "concurrent logins", false);

    final String title;
    final String goal;
    final boolean latency;

    Measure(String title, String goal, boolean latency) {
      this.title = title;
      this.goal = goal;
      this.latency = latency;
    }

    String title(Settings settings) {
      return this == CONCURRENT_LOGINS ? settings.threads() + " " + title : title;
    }

    String goal(Settings settings) {
      return this == CONCURRENT_LOGINS ? settings.threads() + " " + goal : goal;
    }

    PairedRatio cost(List<Double> none, List<Double> variant) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < none.size(); round++) {
        ratios.add(
            latency ? variant.get(round) / none.get(round) : none.get(round) / variant.get(round));
      }
      return new PairedRatio(ratios);
    }
  }

  /** A request and what a right answer to it is. */
  record Call(String what, HttpRequest request, Predicate<HttpResponse<Void>> right) {}

  /** One variant's server process and the client that talks to it. */
  private static final class Server implements AutoCloseable {
    private final String variant;
    private final Process process;
    private final HttpClient http;
    private final Call login;
    private final Call token;
    private final LongAdder retries = new LongAdder();

    private Server(String variant, Process process, int port) {
      this.variant = variant;
      this.process = process;
      String base = "http://127.0.0.1:" + port;
      this.http = SecurityApps.client().build();
      this.login = new Call(
          "form login",
          SecurityApps.login(base),
          response -> response.statusCode() == 302
              && response.headers().firstValue("Location").orElse("").endsWith("/"));
      this.token = new Call(
          "token request",
          SecurityApps.token(base, "grant_type=client_credentials&scope=read"),
          response -> response.statusCode() == 200);
    }

    static Server start(Contender contender, List<String> jvmOptions) throws IOException {
      String variant = contender.label();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.addAll(contender.jvmOptions());
      command.addAll(List.of(
          "-cp",
          System.getProperty("java.class.path"),
          SecurityServer.class.getName(),
          contender.app()));
      Process process = new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("port ")) {
          Server server =
              new Server(variant, process, Integer.parseInt(line.substring(5).trim()));
          forward(variant, lines);
          return server;
        }
        System.err.println("[" + variant + "] " + line);
      }
      process.destroyForcibly();
      throw new IllegalStateException("the " + variant + " server ended before it listened");
    }

    /** Passes the server's later output on to standard error, marked, off the report. */
    private static void forward(String variant, BufferedReader lines) {
      Thread thread = new Thread(
          () -> {
            try {
              String line;
              while ((line = lines.readLine()) != null) {
                System.err.println("[" + variant + "] " + line);
              }
            } catch (IOException e) {
              // The server is gone; close() reports how it ended.
            }
          },
          "paired-" + variant + "-output");
      thread.setDaemon(true);
      thread.start();
    }

    Call login() {
      return login;
    }

    Call token() {
      return token;
    }

    void check() {
      send(login);
      send(token);
    }

    /** Requests per second from {@code threads} clients over {@code window}, after a ramp. */
    double throughput(Call call, int threads, Duration window) throws InterruptedException {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<RuntimeException> failure = new AtomicReference<>();
      LongAdder done = new LongAdder();
      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread client = new Thread(
            () -> {
              try {
                while (!stop.get()) {
                  send(call);
                  done.increment();
                }
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                stop.set(true);
              }
            },
            "paired-" + variant + "-client-" + i);
        clients.add(client);
        client.start();
      }
      TimeUnit.NANOSECONDS.sleep(RAMP.toNanos());
      long count = done.sum();
      long start = System.nanoTime();
      TimeUnit.NANOSECONDS.sleep(window.toNanos());
      long counted = done.sum() - count;
      long elapsed = System.nanoTime() - start;
      stop.set(true);
      for (Thread client : clients) {
        client.join();
      }
      if (failure.get() != null) {
        throw failure.get();
      }
      return counted * 1e9 / elapsed;
    }

    /** Microseconds per request over {@code count} requests from one client. */
    double micros(Call call, int count) {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        send(call);
      }
      return (System.nanoTime() - start) / 1e3 / count;
    }

    /**
     * Sends once, and once more after a client connection fault ({@link SecurityApps#send},
     * counted); fails on a wrong answer.
     */
    private void send(Call call) {
      HttpResponse<Void> response;
      try {
        response = SecurityApps.send(http, call.request(), retries);
      } catch (IOException e) {
        throw new UncheckedIOException(variant + ": " + call.what() + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (!call.right().test(response)) {
        throw new IllegalStateException(
            variant + ": " + call.what() + " answered " + response.statusCode() + " "
                + response.headers().firstValue("Location").orElse(""));
      }
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (IOException e) {
        process.destroyForcibly();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
