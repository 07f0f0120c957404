package dev.hookwire.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what is logged to the java.util.logging logger {@code dev.hookwire}, which is where
 * {@link System.Logger} output ends up when the {@code java.logging} module is present. Attach with
 * {@link #attach()} and always {@link #detach()}: the logger's level, parent handlers and handlers
 * are restored.
 */
final class JulCapture extends Handler {
  static final String LOGGER_NAME = "dev.hookwire";

  // A strong reference: java.util.logging only keeps loggers weakly.
  private final Logger logger = Logger.getLogger(LOGGER_NAME);
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private Level savedLevel;
  private boolean savedUseParentHandlers;

  static JulCapture attach() {
    JulCapture capture = new JulCapture();
    capture.savedLevel = capture.logger.getLevel();
    capture.savedUseParentHandlers = capture.logger.getUseParentHandlers();
    capture.setLevel(Level.ALL);
    capture.logger.setLevel(Level.ALL);
    capture.logger.setUseParentHandlers(false); // keep the build output quiet
    capture.logger.addHandler(capture);
    return capture;
  }

  void detach() {
    logger.removeHandler(this);
    logger.setLevel(savedLevel);
    logger.setUseParentHandlers(savedUseParentHandlers);
  }

  Logger logger() {
    return logger;
  }

  List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The single record captured; fails when there is none or more than one. */
  LogRecord single() {
    List<LogRecord> all = records();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one log record, got " + describe(all));
    }
    return all.get(0);
  }

  private static String describe(List<LogRecord> all) {
    StringBuilder text = new StringBuilder().append(all.size()).append(':');
    for (LogRecord r : all) {
      text.append("\n  ").append(r.getLevel()).append(' ').append(r.getMessage());
    }
    return text.toString();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
