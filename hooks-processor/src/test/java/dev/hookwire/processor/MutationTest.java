package dev.hookwire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of the valid sample packages: rename a class, change a parameter or
 * return type, drop a modifier, add a second method, delete an import or a line, add an
 * annotation with a bad value. For every mutant the processor either compiles it or reports at
 * least one error on a source line; it never crashes, and it never generates a {@code HookWiring}
 * that does not compile.
 */
class MutationTest {
  private static final long SEED = 20261121L;
  private static final int MUTANTS = 300;

  private static final String[] AUTH = GoodSources.AUTH_HOOKS.toArray(String[]::new);
  private static final String[] DESK = GoodSources.desk().toArray(String[]::new);

  /** A mutation: (source, random) → mutated source, or the source itself when it does not apply. */
  private record Mutation(String name, BiFunction<String, Random, String> apply) {}

  private static final List<Mutation> MUTATIONS = List.of(
      new Mutation(
          "rename the class",
          (s, r) -> s.replaceFirst(
              "(class|interface|record) (\\w+)", "$1 $2" + pick(r, "X", "s", "Hook", "2"))),
      new Mutation(
          "change a parameter type",
          (s, r) -> s.replaceFirst(
              "\\((\\w+) (\\w+)([,)])",
              "(" + pick(r, "String", "Object", "int", "HookContext", "Login") + " $2$3")),
      new Mutation(
          "change the return type",
          (s, r) -> s.replaceFirst(
              "public (\\w+(<[^>]*>)?) handle",
              "public " + pick(r, "void", "String", "User", "Object", "int") + " handle")),
      new Mutation("drop public", (s, r) -> nth(s, "public ", "", r)),
      new Mutation("drop final", (s, r) -> nth(s, "final ", "", r)),
      new Mutation(
          "add static",
          (s, r) -> s.replaceFirst("public (\\w+) handle", "public static $1 handle")),
      new Mutation(
          "add abstract", (s, r) -> s.replaceFirst("public final class", "public abstract class")),
      new Mutation(
          "add a second handle",
          (s, r) -> s.replaceFirst("\\{\\n", "{\n  public void handle(Object other) {}\n")),
      new Mutation(
          "rename handle",
          (s, r) -> s.replaceFirst("handle\\(", pick(r, "handel(", "apply(", "Handle("))),
      new Mutation(
          "swap the parameters",
          (s, r) -> s.replaceFirst(
              "handle\\((\\w+) (\\w+), HookContext (\\w+)\\)", "handle(HookContext $3, $1 $2)")),
      new Mutation("delete an import", (s, r) -> deleteLine(s, r, "import ")),
      new Mutation("delete a line", (s, r) -> deleteLine(s, r, "")),
      new Mutation(
          "add @Hook",
          (s, r) -> annotate(
              s,
              "@dev.hookwire.annotations.Hook(\""
                  + pick(
                      r, "", "after-user-creat", "after-login", "AfterLogin", "before-ticket-open")
                  + "\")")),
      new Mutation(
          "add @Timeout",
          (s, r) -> annotate(
              s, "@dev.hookwire.annotations.Timeout(" + pick(r, "0", "-1", "5", "1000") + ")")),
      new Mutation("add @Async", (s, r) -> annotate(s, "@dev.hookwire.annotations.Async")),
      new Mutation(
          "add @Tags",
          (s, r) -> annotate(
              s,
              "@dev.hookwire.annotations.Tags({"
                  + pick(r, "", "\"support\"", "\" \"", "\"sales\", \"support\"") + "})")),
      new Mutation(
          "add @Order",
          (s, r) ->
              annotate(s, "@dev.hookwire.annotations.Order(" + pick(r, "-1", "0", "7") + ")")),
      new Mutation(
          "add a private constructor",
          (s, r) -> s.replaceFirst("(class (\\w+)[^{]*\\{\\n)", "$1  private $2() {}\n")),
      new Mutation(
          "make it generic", (s, r) -> s.replaceFirst("class (\\w+) \\{", "class $1<T> {")));

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static String nth(String source, String find, String replace, Random random) {
    List<Integer> at = new ArrayList<>();
    for (int i = source.indexOf(find); i >= 0; i = source.indexOf(find, i + 1)) {
      at.add(i);
    }
    if (at.isEmpty()) {
      return source;
    }
    int i = at.get(random.nextInt(at.size()));
    return source.substring(0, i) + replace + source.substring(i + find.length());
  }

  private static String deleteLine(String source, Random random, String startingWith) {
    String[] lines = source.split("\n", -1);
    List<Integer> candidates = IntStream.range(0, lines.length)
        .filter(i -> lines[i].startsWith(startingWith) && !lines[i].isBlank())
        .boxed()
        .toList();
    if (candidates.isEmpty()) {
      return source;
    }
    int drop = candidates.get(random.nextInt(candidates.size()));
    List<String> kept = new ArrayList<>(List.of(lines));
    kept.remove(drop);
    return String.join("\n", kept);
  }

  private static String annotate(String source, String annotation) {
    return source.replaceFirst("\\npublic ", "\n" + annotation + "\npublic ");
  }

  /** One mutant: which package, which file, which mutation; the seed makes the list reproducible. */
  record Mutant(int index, String[] pkg, int file, Mutation mutation, long seed) {
    @Override
    public String toString() {
      return "#" + index + " " + mutation.name() + " in "
          + pkg[file].substring(pkg[file].lastIndexOf('/') + 1);
    }
  }

  static Stream<Mutant> mutants() {
    Random random = new Random(SEED);
    List<Mutant> mutants = new ArrayList<>();
    for (int i = 0; i < MUTANTS; i++) {
      String[] pkg = random.nextBoolean() ? AUTH : DESK;
      mutants.add(new Mutant(
          i,
          pkg,
          random.nextInt(pkg.length),
          MUTATIONS.get(random.nextInt(MUTATIONS.size())),
          random.nextLong()));
    }
    return mutants.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutants")
  void aMutantCompilesOrGetsALocatedErrorAndNeverCrashes(Mutant mutant) {
    List<JavaFileObject> files = new ArrayList<>();
    String mutated = null;
    for (int i = 0; i < mutant.pkg().length; i++) {
      String path = mutant.pkg()[i];
      String source = TestCompiler.readResource(path);
      if (i == mutant.file()) {
        mutated = mutant.mutation().apply().apply(source, new Random(mutant.seed()));
        source = mutated;
      }
      String name =
          path.substring("good/".length(), path.length() - ".java".length()).replace('/', '.');
      files.add(TestCompiler.source(name, source));
    }

    Compilation compilation =
        TestCompiler.javac().withOptions("--release", "17").compile(files);

    String context = mutant + "\n--- mutated source ---\n" + mutated + "\n--- diagnostics ---\n"
        + compilation.diagnostics();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(null);
      assertWithMessage(context).that(message).doesNotContain("Hookwire internal error");
      assertWithMessage(context).that(message).doesNotContain("threw an uncaught exception");
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        assertWithMessage("an error without a position\n" + context)
            .that(d.getSource())
            .isNotNull();
        assertWithMessage("an error without a line\n" + context)
            .that(d.getLineNumber())
            .isGreaterThan(0L);
        assertWithMessage("the generated wiring does not compile\n" + context)
            .that(d.getSource().getName())
            .doesNotContain("HookWiring.java");
      }
    }
  }
}
