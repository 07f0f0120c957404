package dev.hookwire.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** The default {@link HookListener}: one {@link System.Logger} line per failure. */
final class LoggingListener implements HookListener {
  static final LoggingListener INSTANCE = new LoggingListener();

  private LoggingListener() {}

  /**
   * The logger, looked up on the first failure: in a bare JVM the lookup initialises
   * java.util.logging (about 20 ms), which startup should not pay for a wiring that runs clean.
   */
  private static final class Log {
    static final Logger LOGGER = System.getLogger("dev.hookwire");
  }

  @Override
  public void hookFailed(HookFailure failure) {
    Logger logger = Log.LOGGER;
    Level level = levelOf(failure);
    if (!logger.isLoggable(level)) {
      return;
    }
    if (failure.isRejection()) {
      logger.log(
          level,
          failure.describe() + ": "
              + ((HookRejection) failure.exception().orElseThrow()).userMessage());
    } else if (failure.exception().isPresent() && !failure.isTimeout()) {
      logger.log(level, failure.describe(), failure.exception().get());
    } else {
      logger.log(level, failure.describe());
    }
  }

  /** A live switch, at {@code INFO}: each change the service makes to its hooks belongs in the log. */
  @Override
  public void hookSwitched(HookSwitch change) {
    Logger logger = Log.LOGGER;
    if (logger.isLoggable(Level.INFO)) {
      logger.log(
          Level.INFO,
          change.event() + " hook " + change.hook() + " switched " + (change.on() ? "on" : "off"));
    }
  }

  private static Level levelOf(HookFailure failure) {
    if (failure.isRejection()) {
      return Level.INFO;
    }
    if (failure.isTimeout() || failure.consequence() == HookFailure.Consequence.INPUT_KEPT) {
      return Level.WARNING;
    }
    return Level.ERROR;
  }
}
