package dev.hookwire.securitytests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the hooks saw, in order, and what the test asks of them: each hook records its event, then
 * does what {@link #mode} says for it (nothing, reject, fail, or hang past its time limit).
 */
public final class Events {
  /** What a hook does when it runs. */
  public enum Mode {
    PASS,
    REJECT,
    FAIL,
    HANG
  }

  private final List<String> fired = new ArrayList<>();
  private final Map<String, Mode> modes = new ConcurrentHashMap<>();
  private volatile boolean recording = true;
  private volatile dev.hookwire.auth.Login lastLogin;

  /** Records {@code event} and acts as the test asked: the message of a rejection names it. */
  public void fire(String event) {
    if (recording) {
      synchronized (fired) {
        fired.add(event);
      }
    }
    switch (modes.getOrDefault(event, Mode.PASS)) {
      case PASS -> {}
      case REJECT -> throw new dev.hookwire.runtime.HookRejection("Denied by " + event + ".");
      case FAIL -> throw new IllegalStateException("secret internal detail of " + event);
      case HANG -> {
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Keeps the last login after-login saw. */
  public void login(dev.hookwire.auth.Login login) {
    lastLogin = login;
  }

  public dev.hookwire.auth.Login lastLogin() {
    return lastLogin;
  }

  public List<String> fired() {
    synchronized (fired) {
      return List.copyOf(fired);
    }
  }

  public void mode(String event, Mode mode) {
    modes.put(event, mode);
  }

  /** Forgets what fired and every mode; {@code recording} off keeps a load test's list short. */
  public void reset(boolean recording) {
    synchronized (fired) {
      fired.clear();
    }
    modes.clear();
    lastLogin = null;
    this.recording = recording;
  }
}
