package dev.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hookwire.processor.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code describe()}: one statement per event, each handing the runtime the event's hook
 * site constants, which hold every policy; the runtime adds what only it knows (the hooks switched
 * off at startup). Split over helper methods when there are many events ({@link
 * Limits#DESCRIBE_STATEMENTS_PER_METHOD}).
 */
final class DescribeWriter {
  private DescribeWriter() {}

  static void addTo(TypeSpec.Builder type, WiringPlan plan) {
    TypeName eventList =
        ParameterizedTypeName.get(ClassName.get(List.class), GeneratedNames.EVENT_INFO);
    String events = "events";
    List<CodeBlock> statements = new ArrayList<>();
    for (Event event : plan.events) {
      CodeBlock sites = plan.wiring.hooksOf(event).stream()
          .map(h -> CodeBlock.of(",$W$L", plan.ref(h).site()))
          .collect(CodeBlock.joining(""));
      CodeBlock base = event.base().map(b -> CodeBlock.of("$S", b)).orElse(CodeBlock.of("null"));
      statements.add(CodeBlock.of(
          "$N.add($N.describe($S,$W$T.$L,$W$L$L));\n",
          events,
          plan.dispatchField,
          event.name(),
          GeneratedNames.KIND,
          event.kind().name().toUpperCase(Locale.ROOT),
          base,
          sites));
    }
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement(
            "$T $N = new $T<>($L)", eventList, events, ArrayList.class, plan.events.size());
    List<MethodSpec> parts = new ArrayList<>();
    if (plan.describeParts.isEmpty()) {
      statements.forEach(body::add);
    } else {
      for (int i = 0; i < plan.describeParts.size(); i++) {
        String name = plan.describeParts.get(i);
        body.addStatement("$N($N)", name, events);
        CodeBlock.Builder part = CodeBlock.builder();
        statements
            .subList(
                i * Limits.DESCRIBE_STATEMENTS_PER_METHOD,
                Math.min(statements.size(), (i + 1) * Limits.DESCRIBE_STATEMENTS_PER_METHOD))
            .forEach(part::add);
        parts.add(MethodSpec.methodBuilder(name)
            .addJavadoc(
                "Part $L of {@link #describe()}: a method holds at most 64 KB of code.\n", i + 1)
            .addModifiers(Modifier.PRIVATE)
            .addParameter(eventList, events)
            .addCode(part.build())
            .build());
      }
    }
    body.addStatement(
        "return new $T($S, $N)",
        GeneratedNames.WIRING_DESCRIPTION,
        plan.wiring.packageName(),
        events);
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.DESCRIBE)
        .addJavadoc(
            "The events of this wiring and their hooks in run order, with their policies and\n")
        .addJavadoc("whether each runs. Its {@code toString()} is a readable listing.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(GeneratedNames.WIRING_DESCRIPTION)
        .addCode(body.build())
        .build());
    parts.forEach(type::addMethod);
  }
}
