package dev.hookwire.demospring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the hooks did, for the scripted session to print per request: each demo hook adds a line
 * when it runs. The session sends one request at a time; a servlet filter marks each request's
 * start and end, so {@link #awaitRequestsDone} returns the lines of the request just answered,
 * including those of hooks that run after the response was written (HTTP Basic's after-login,
 * which runs when the filter chain returns). A bean, so hooks take it by constructor.
 */
@Component
public class HookTrace {
  private final List<String> lines = new ArrayList<>();
  private int inFlight;

  /** A hook ran: {@code "after-user-create AfterUserCreate: provisioned workspace ..."}. */
  public synchronized void ran(String event, Class<?> hook, String what) {
    lines.add(event + " " + hook.getSimpleName() + ": " + what);
  }

  synchronized void begin() {
    inFlight++;
  }

  synchronized void end() {
    inFlight--;
    notifyAll();
  }

  /** Waits until no request is being handled, then returns and forgets the lines so far. */
  public synchronized List<String> awaitRequestsDone() throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (inFlight > 0 && System.nanoTime() < deadline) {
      wait(100);
    }
    List<String> done = List.copyOf(lines);
    lines.clear();
    return done;
  }
}
