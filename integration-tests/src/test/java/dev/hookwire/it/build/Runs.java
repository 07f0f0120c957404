package dev.hookwire.it.build;

import dev.hookwire.it.support.Jars;
import dev.hookwire.it.support.Processes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the sample's Main in a JVM of its own, with the JDK running the tests. */
final class Runs {
  private Runs() {}

  static String onClassPath(Path classes) throws Exception {
    return java(
        List.of("-cp", Jars.path(classes, Jars.annotations(), Jars.runtime()), "com.acme.app.Main"),
        classes);
  }

  static String java(List<String> arguments, Path workDir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Jars.jdkTool("java").toString());
    command.addAll(arguments);
    return Processes.run(command, workDir, Map.of(), Duration.ofSeconds(60))
        .assertSucceeded(command)
        .output();
  }
}
