package dev.hookwire.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion, with a time limit, and keeps its output. */
public final class Processes {
  private Processes() {}

  /** What a finished command did: its exit code and its output (stdout and stderr merged). */
  public record Result(int exitCode, String output, Duration took) {
    public Result assertSucceeded(List<String> command) {
      if (exitCode != 0) {
        throw new AssertionError(
            "Exit code " + exitCode + " from " + String.join(" ", command) + "\n" + output);
      }
      return this;
    }
  }

  public static Result run(
      List<String> command, Path workDir, Map<String, String> env, Duration limit)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("hookwire-process", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      long start = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("Still running after " + limit + ", killed: "
            + String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      return new Result(
          process.exitValue(),
          Files.readString(log, StandardCharsets.UTF_8),
          Duration.ofNanos(System.nanoTime() - start));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
