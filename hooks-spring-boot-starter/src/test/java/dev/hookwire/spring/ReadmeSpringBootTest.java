package dev.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;

/**
 * The README's "Spring Boot" section says what the starter does: every name it gives is checked
 * against the starter, and its hook compiles against the starter's class path.
 */
class ReadmeSpringBootTest {
  private static final Path README = Path.of("..", "README.md");

  private static String section() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## Spring Boot\n");
    assertThat(start).as("README.md has a \"## Spring Boot\" section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void everyPropertyItNamesIsInTheStartersConfigurationMetadata() throws IOException {
    String metadata;
    try (InputStream in = getClass()
        .getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the starter's configuration metadata").isNotNull();
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("`(hookwire\\.[a-z.-]+?)(\\.<[a-z]+>)?`").matcher(section());
    while (m.find()) {
      if (!m.group(1).equals(MicrometerHookListener.METER)) {
        named.add(m.group(1));
      }
    }
    assertThat(named).contains("hookwire.strict", "hookwire.disabled");
    for (String property : named) {
      assertThat(metadata).as(property).contains("\"name\": \"" + property + "\"");
    }
  }

  @Test
  void itsMetricEndpointAndArtifactAreTheStarters() throws IOException {
    String section = section();
    assertThat(section).contains("`" + MicrometerHookListener.METER + "`");
    String endpoint = HookwireEndpoint.class.getAnnotation(Endpoint.class).id();
    assertThat(section).contains("GET /actuator/" + endpoint);
    assertThat(section).contains("<artifactId>hooks-spring-boot-starter</artifactId>");
    assertThat(Files.readString(Path.of("pom.xml")))
        .contains("<artifactId>hooks-spring-boot-starter</artifactId>");
    assertThat(section).contains("`RequestHookContexts`", "contexts.current()");
    assertThat(RequestHookContexts.class.getMethods())
        .anySatisfy(method -> assertThat(method.getName()).isEqualTo("current"));
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void itsHookCompiles(@TempDir Path out) throws IOException {
    Matcher snippets = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section());
    List<String> hooks = new ArrayList<>();
    while (snippets.find()) {
      hooks.add(snippets.group(1));
    }
    assertThat(hooks).hasSize(1);
    String source = "package com.example.hooks;\n"
        + "import dev.hookwire.auth.User;\n"
        + "import org.springframework.jdbc.core.JdbcTemplate;\n"
        + hooks.get(0);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaFileObject file =
          new SimpleJavaFileObject(
              URI.create("string:///com/example/hooks/AfterUserCreate.java"),
              JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      boolean compiled = javac
          .getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-proc:none",
                  "-d",
                  out.toString(),
                  "-classpath",
                  String.join(
                      File.pathSeparator,
                      jarOf(dev.hookwire.auth.User.class),
                      jarOf(org.springframework.jdbc.core.JdbcTemplate.class),
                      jarOf(org.springframework.beans.factory.InitializingBean.class),
                      jarOf(org.springframework.dao.DataAccessException.class),
                      jarOf(org.springframework.core.NestedRuntimeException.class))),
              null,
              List.of(file))
          .call();
      assertThat(compiled).as(diagnostics.getDiagnostics().toString()).isTrue();
    }
  }
}
