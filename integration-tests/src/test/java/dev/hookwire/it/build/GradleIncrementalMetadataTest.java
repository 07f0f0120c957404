package dev.hookwire.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hookwire.it.support.Jars;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradle's incremental-processing metadata in the built processor jar ({@code
 * META-INF/gradle/incremental.annotation.processors}): read with Gradle's own parsing rules, it
 * declares every processor the jar registers, with a category the processor's behaviour allows,
 * checked on a real compile of the sample hooks package with the rules Gradle enforces.
 */
class GradleIncrementalMetadataTest {
  private static final String METADATA = "META-INF/gradle/incremental.annotation.processors";
  private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";

  @TempDir
  Path work;

  @Test
  void everyRegisteredProcessorIsDeclaredWithAValidCategory() {
    Map<String, String> categories = metadata();

    assertEquals(
        new TreeSet<>(services()),
        new TreeSet<>(categories.keySet()),
        "Gradle compiles incrementally only when every processor on the path is declared");
    assertEquals(
        Map.of(
            "dev.hookwire.processor.HookProcessor",
            "AGGREGATING",
            "dev.hookwire.processor.HookwireClaimer",
            "ISOLATING"),
        categories);
  }

  @Test
  void anIsolatingProcessorNeverAsksForEveryAnnotation() throws Exception {
    for (Map.Entry<String, String> declared : metadata().entrySet()) {
      Processor processor = newProcessor(declared.getKey());
      if (processor.getSupportedAnnotationTypes().contains("*")) {
        assertEquals(
            "AGGREGATING",
            declared.getValue(),
            declared.getKey() + " asks for \"*\": it cannot be isolating");
      }
    }
  }

  /**
   * Gradle's rules, checked on what the processors really do while compiling the sample: an
   * isolating processor gives each generated file exactly one originating type; the aggregating
   * one writes a single {@code HookWiring} from all the classes of the package, which no single
   * originating element could describe.
   */
  @Test
  void whatTheProcessorsGenerateFitsTheirCategories() throws Exception {
    Map<String, String> categories = metadata();
    List<Recording> recordings = new ArrayList<>();
    for (String name : categories.keySet()) {
      recordings.add(new Recording(newProcessor(name)));
    }

    compileSample(recordings);

    for (Recording recording : recordings) {
      String name = recording.delegate.getClass().getName();
      if (categories.get(name).equals("ISOLATING")) {
        recording.outputs.forEach((file, origins) -> assertEquals(
            1,
            origins.size(),
            name + " is isolating, but " + file + " has originating types " + origins));
      }
    }
    Recording hookProcessor = recordings.get(
        List.copyOf(categories.keySet()).indexOf("dev.hookwire.processor.HookProcessor"));
    // One wiring and its description for tools, both from every class of the package, and the
    // index of the output's wirings.
    assertEquals(
        Set.of(
            "com.acme.hooks.HookWiring",
            "/META-INF/hookwire/com.acme.hooks.json",
            "/META-INF/hookwire/wirings"),
        hookProcessor.outputs.keySet());
    String wiring = Files.readString(work.resolve("generated/com/acme/hooks/HookWiring.java"));
    long hooksRead = List.of(
            "BeforeUserCreate",
            "AfterUserCreate",
            "AuditSignup",
            "AfterAdminUserCreate",
            "TransformCustomUserData")
        .stream()
        .filter(hook -> wiring.contains("new " + hook + "()"))
        .count();
    assertEquals(5, hooksRead, "one output aggregates every hook of the package");
  }

  /**
   * What Gradle then does: for an aggregating processor it asks for a full recompilation whenever
   * the processor is handed an annotation with SOURCE retention, and a processor that asks for
   * "*" is handed every annotation in the sources: here {@code @Override} (on {@code
   * com.acme.app.Journal}). The README says so; this keeps it true.
   */
  @Test
  void askingForEveryAnnotationMeansGradleSeesSourceRetentionAnnotations() throws Exception {
    Recording hookProcessor = new Recording(newProcessor("dev.hookwire.processor.HookProcessor"));

    compileSample(List.of(hookProcessor));

    assertTrue(
        hookProcessor.sourceRetained.contains("java.lang.Override"),
        hookProcessor.sourceRetained::toString);
  }

  private void compileSample(List<? extends Processor> processors) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of(
          "--release",
          "17",
          "-cp",
          Jars.libraryPath(),
          "-d",
          Files.createDirectories(work.resolve("classes")).toString(),
          "-s",
          Files.createDirectories(work.resolve("generated")).toString());
      JavaCompiler.CompilationTask task = javac.getTask(
          null,
          files,
          null,
          options,
          null,
          files.getJavaFileObjectsFromPaths(
              dev.hookwire.it.support.Compilers.sourcesIn(Samples.acme())));
      task.setProcessors(processors);
      assertTrue(task.call(), "the sample compiles");
    }
  }

  /** The metadata as Gradle reads it: '#' starts a comment, lines are trimmed, "class,category". */
  private static Map<String, String> metadata() {
    Map<String, String> categories = new LinkedHashMap<>();
    for (String line : lines(METADATA)) {
      String[] parts = line.split(",", -1);
      assertEquals(2, parts.length, () -> "not <class>,<category>: " + line);
      String category = parts[1].toUpperCase(Locale.ROOT);
      assertTrue(
          Set.of("ISOLATING", "AGGREGATING", "DYNAMIC").contains(category),
          () -> "Gradle reads '" + parts[1] + "' as UNKNOWN, i.e. not incremental");
      assertTrue(categories.put(parts[0], category) == null, "declared twice: " + parts[0]);
    }
    return categories;
  }

  private static List<String> services() {
    return lines(SERVICES);
  }

  /** The file's meaningful lines, from the processor jar (mvn verify) or its classes (mvn test). */
  private static List<String> lines(String entry) {
    Path location = Jars.processor();
    try {
      String text;
      if (Jars.isJar(location)) {
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
          Path file = jar.getPath(entry);
          assertTrue(Files.isRegularFile(file), () -> entry + " is missing from " + location);
          text = Files.readString(file, StandardCharsets.UTF_8);
        }
      } else {
        text = Files.readString(location.resolve(entry), StandardCharsets.UTF_8);
      }
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\\R")) {
        int comment = line.indexOf('#');
        String kept = (comment >= 0 ? line.substring(0, comment) : line).trim();
        if (!kept.isEmpty()) {
          lines.add(kept);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Processor newProcessor(String name) throws ReflectiveOperationException {
    return (Processor) Class.forName(name).getConstructor().newInstance();
  }

  /**
   * A processor as Gradle wraps it: delegates everything and records, per generated file, the top-
   * level types of its originating elements, and which SOURCE-retention annotations it was handed.
   */
  private static final class Recording implements Processor {
    final Processor delegate;
    final Map<String, Set<String>> outputs = new ConcurrentHashMap<>();
    final Set<String> sourceRetained = new TreeSet<>();

    Recording(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(new RecordingEnvironment(env, this));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement annotation : annotations) {
        Retention retention = annotation.getAnnotation(Retention.class);
        if (retention != null && retention.value() == RetentionPolicy.SOURCE) {
          sourceRetained.add(annotation.getQualifiedName().toString());
        }
      }
      return delegate.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        Element element,
        javax.lang.model.element.AnnotationMirror annotation,
        javax.lang.model.element.ExecutableElement member,
        String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }

    void generated(CharSequence name, Element[] origins) {
      Set<String> types = new TreeSet<>();
      for (Element origin : origins) {
        Element type = origin;
        while (type != null
            && type.getEnclosingElement() != null
            && type.getEnclosingElement().getKind() != ElementKind.PACKAGE
            && type.getKind() != ElementKind.PACKAGE) {
          type = type.getEnclosingElement();
        }
        assertNotNull(type);
        types.add(
            type.getKind() == ElementKind.PACKAGE
                ? "package " + type
                : ((TypeElement) type).getQualifiedName().toString());
      }
      outputs.put(name.toString(), types);
    }
  }

  private record RecordingEnvironment(ProcessingEnvironment env, Recording recording)
      implements ProcessingEnvironment {
    @Override
    public Filer getFiler() {
      Filer filer = env.getFiler();
      return new Filer() {
        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... origins)
            throws IOException {
          recording.generated(name, origins);
          return filer.createSourceFile(name, origins);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... origins)
            throws IOException {
          recording.generated(name, origins);
          return filer.createClassFile(name, origins);
        }

        @Override
        public FileObject createResource(
            JavaFileManager.Location location,
            CharSequence pkg,
            CharSequence relativeName,
            Element... origins)
            throws IOException {
          recording.generated(pkg + "/" + relativeName, origins);
          return filer.createResource(location, pkg, relativeName, origins);
        }

        @Override
        public FileObject getResource(
            JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
            throws IOException {
          return filer.getResource(location, pkg, relativeName);
        }
      };
    }

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }
  }

  @Test
  void theMetadataShipsInTheProcessorJar() {
    assertFalse(lines(METADATA).isEmpty());
  }
}
