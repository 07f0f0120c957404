package dev.hookwire.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hookwire.processor.model.PatchableType;
import dev.hookwire.processor.model.PatchableType.Component;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Patch}: a change to a record that names only the components it sets.
 * {@code @Protected} components get no setter, so no hook can change them.
 */
final class PatchWriter {

  JavaFile write(PatchableType type) {
    ClassName record = type.record();
    ClassName patch = type.patch();
    List<Component> settable =
        type.components().stream().filter(c -> !c.isProtected()).toList();
    NameAllocator names = new NameAllocator();
    for (Component component : settable) {
      names.newName(component.name(), component);
    }
    for (Component component : settable) {
      names.newName(component.name() + "Set", component.name() + "Set");
    }
    String input = names.newName(Names.decapitalize(record.simpleName()), "input");
    String stop = names.newName("stopChain", "stop");

    TypeSpec.Builder spec = TypeSpec.classBuilder(patch)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(javadoc(type, settable));
    if (type.generatedAnnotation()) {
      spec.addAnnotation(AnnotationSpec.builder(TypeNames.GENERATED_CLASS)
          .addMember("value", "$S", TypeNames.PROCESSOR)
          .build());
    }
    for (Component component : settable) {
      spec.addField(component.type(), names.get(component), Modifier.PRIVATE);
      spec.addField(TypeName.BOOLEAN, names.get(component.name() + "Set"), Modifier.PRIVATE);
    }
    spec.addField(TypeName.BOOLEAN, stop, Modifier.PRIVATE);
    spec.addMethod(
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("An empty patch: it changes nothing until a component is set.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(patch)
        .addStatement("return new $T()", patch)
        .build());
    for (Component component : settable) {
      String field = names.get(component);
      spec.addMethod(MethodSpec.methodBuilder(component.name())
          .addJavadoc(
              component.type().isPrimitive()
                  ? "Sets {@code $L}.\n"
                  : "Sets {@code $L}; {@code null} sets it to null.\n",
              component.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(patch)
          .addParameter(component.type(), field)
          .addStatement("this.$N = $N", field, field)
          .addStatement("this.$N = true", names.get(component.name() + "Set"))
          .addStatement("return this")
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("stopChain")
        .addJavadoc(
            "Stops the chain: the hooks after this one, of this event, do not run. The operation\n")
        .addJavadoc(
            "goes on with the entity merged so far, this patch included; to deny it instead, throw\n")
        .addJavadoc("{@code HookRejection}.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(patch)
        .addStatement("this.$N = true", stop)
        .addStatement("return this")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("stopsChain")
        .addJavadoc("Whether {@link #stopChain()} was called.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $N", stop)
        .build());
    spec.addMethod(isEmpty(settable, names));
    spec.addMethod(applyTo(type, names, input));
    spec.addMethod(toStringMethod(type, settable, names));
    return JavaFile.builder(record.packageName(), spec.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static CodeBlock javadoc(PatchableType type, List<Component> settable) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add(
            "A change to {@link $T}: only the components it sets change. A before-hook returns\n",
            type.record())
        .add(
            "one to change the entity; the runtime merges it with {@link #applyTo}, which returns a\n")
        .add("new record and never changes its input.\n\n")
        .add("<pre>{@code\nreturn $T.of()", type.patch());
    if (!settable.isEmpty()) {
      doc.add(".$L(...)", settable.get(0).name());
    }
    doc.add(";\n}</pre>\n");
    List<String> guarded = type.components().stream()
        .filter(Component::isProtected)
        .map(Component::name)
        .toList();
    if (!guarded.isEmpty()) {
      doc.add(
          "\n<p>Protected, so no hook can change them: {@code $L}.\n",
          String.join("}, {@code ", guarded));
    }
    return doc.add(
            "\n<p>Generated by Hookwire from {@code @Patchable} {@link $T}: do not edit.\n",
            type.record())
        .build();
  }

  private static MethodSpec isEmpty(List<Component> settable, NameAllocator names) {
    CodeBlock condition = settable.isEmpty()
        ? CodeBlock.of("true")
        : settable.stream()
            .map(c -> CodeBlock.of("!$N", names.get(c.name() + "Set")))
            .collect(CodeBlock.joining(" && "));
    return MethodSpec.methodBuilder("isEmpty")
        .addJavadoc("Whether this patch sets no component ({@link #stopChain()} aside).\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return $L", condition)
        .build();
  }

  private static MethodSpec applyTo(PatchableType type, NameAllocator names, String input) {
    CodeBlock arguments = type.components().stream()
        .map(c -> c.isProtected()
            ? CodeBlock.of("$N.$N()", input, c.accessor())
            : CodeBlock.of(
                "$N ? $N : $N.$N()",
                names.get(c.name() + "Set"),
                names.get(c),
                input,
                c.accessor()))
        .collect(CodeBlock.joining(",\n"));
    return MethodSpec.methodBuilder("applyTo")
        .addJavadoc(
            "Returns a new {@link $T} with the components this patch sets; {@code $L} is not\n",
            type.record(),
            input)
        .addJavadoc("changed. An empty patch returns {@code $L} itself.\n", input)
        .addModifiers(Modifier.PUBLIC)
        .returns(type.record())
        .addParameter(type.record(), input)
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, input, input)
        .beginControlFlow("if (isEmpty())")
        .addStatement("return $N", input)
        .endControlFlow()
        .addStatement("return new $T(\n$L)", type.record(), arguments)
        .build();
  }

  private static MethodSpec toStringMethod(
      PatchableType type, List<Component> settable, NameAllocator names) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
        .addJavadoc(
            "The components this patch sets, for logs: {@code $L}.\n",
            type.patch().simpleName() + "{"
                + settable.stream()
                    .limit(1)
                    .map(c -> c.name() + "=...")
                    .findFirst()
                    .orElse("") + "}")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement(
            "$T text = new $T($S, $S, $S)",
            StringJoiner.class,
            StringJoiner.class,
            ", ",
            type.patch().simpleName() + "{",
            "}");
    for (Component component : settable) {
      method
          .beginControlFlow("if (this.$N)", names.get(component.name() + "Set"))
          .addStatement("text.add($S + this.$N)", component.name() + "=", names.get(component))
          .endControlFlow();
    }
    return method.addStatement("return text.toString()").build();
  }
}
