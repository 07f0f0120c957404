package dev.hookwire.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hookwire.processor.model.Catalog;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.InputView;
import dev.hookwire.processor.model.Kind;
import dev.hookwire.processor.model.Wiring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code HookWiring}: a field per hook, one method per event that calls the hooks in order
 * and applies the event kind's contract and each hook's policies (timeout, tags, async, chain
 * stop, disabled), and {@code describe()}. A pure function of the {@link Wiring}: the same model
 * gives the same bytes.
 *
 * <p>Inline hooks are called in place, in a try/catch, with no allocation; only hooks with a time
 * limit or {@code @Async} go through the runtime with a method reference.
 */
final class WiringWriter {
  private static final String DISABLED_AT_STARTUP = "disabled at startup";

  private final Wiring wiring;
  private final NameAllocator names = new NameAllocator();
  private final TypeSpec.Builder type;

  private WiringWriter(Wiring wiring) {
    this.wiring = wiring;
    this.type = TypeSpec.classBuilder(TypeNames.WIRING).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
  }

  static JavaFile write(Wiring wiring) {
    return new WiringWriter(wiring).build();
  }

  private JavaFile build() {
    names.newName("runtime", "runtime");
    type.addJavadoc(javadoc());
    if (wiring.generatedAnnotation()) {
      type.addAnnotation(
          AnnotationSpec.builder(TypeNames.GENERATED_CLASS).addMember("value", "$S", TypeNames.PROCESSOR).build());
    }
    for (Catalog catalog : wiring.catalogs()) {
      type.addSuperinterface(catalog.type());
    }
    type.addField(TypeNames.HOOK_RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL);

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates every hook the runtime leaves enabled; {@code runtime} decides what a failure means.\n")
            .addParameter(TypeNames.HOOK_RUNTIME, "runtime")
            .addStatement("this.runtime = $T.requireNonNull(runtime, $S)", Objects.class, "runtime");
    for (Event event : allEvents()) {
      for (Hook hook : enabledHooks(event)) {
        String field = names.newName(Names.decapitalize(hook.type().simpleName()), hook);
        type.addField(hook.type(), field, Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement(
            "this.$N = runtime.enabled($S, $T.class) ? new $T() : null", field, event.name(), hook.type(), hook.type());
        if (!hook.tags().isEmpty()) {
          String tags = names.newName(Names.kebab(hook.type().simpleName()).replace('-', '_').toUpperCase(Locale.ROOT) + "_TAGS", tagsKey(hook));
          type.addField(
              FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), tags, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer("$T.of($L)", Set.class, hook.tags().stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")))
                  .build());
        }
      }
    }
    for (Event event : allEvents()) {
      if (event.isVirtual() && !enabledHooks(event).isEmpty()) {
        ClassName filter = event.filter().orElseThrow();
        String field = names.newName(Names.camel(event.name()) + "Filter", filterKey(event));
        // Typed as the interface: the call resolves to EventFilter.test, whatever else the class declares.
        TypeName filterType = ParameterizedTypeName.get(TypeNames.EVENT_FILTER, event.entity().box());
        type.addField(FieldSpec.builder(filterType, field, Modifier.PRIVATE, Modifier.FINAL).initializer("new $T()", filter).build());
      }
    }
    type.addMethod(constructor.build());
    for (Catalog catalog : wiring.catalogs()) {
      for (Event event : catalog.baseEvents()) {
        new EventMethod(catalog, event).addTo(type);
      }
    }
    type.addMethod(describe());
    return JavaFile.builder(wiring.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private List<Event> allEvents() {
    return wiring.catalogs().stream().flatMap(c -> c.events().stream()).toList();
  }

  private List<Hook> enabledHooks(Event event) {
    return wiring.hooksOf(event).stream().filter(h -> h.disabled().isEmpty()).toList();
  }

  private static String tagsKey(Hook hook) {
    return "tags:" + hook.type();
  }

  private static String filterKey(Event event) {
    return "filter:" + event.name();
  }

  private CodeBlock javadoc() {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("Wires the hooks of package {@code $L} to ", wiring.packageName());
    for (int i = 0; i < wiring.catalogs().size(); i++) {
      doc.add(i == 0 ? "" : " and ").add("{@link $T}", wiring.catalogs().get(i).type());
    }
    doc.add(".\nGenerated by Hookwire from the classes of the package: do not edit.\n\n")
        .add("<p>Create it once at startup and call its methods at each lifecycle point:\n\n")
        .add("<pre>{@code\n$T hooks = new $L($T.defaults());\n}</pre>\n\n",
            wiring.catalogs().get(0).type(), TypeNames.WIRING, TypeNames.HOOK_RUNTIME)
        .add("<p>Events and their hooks, in run order ({@link #describe()} says the same at run time):\n\n<ul>\n");
    for (Event event : allEvents()) {
      doc.add("  <li>{@code $L}", event.name());
      // The filter by its full name: an import used only by Javadoc is an unused import to ECJ.
      event.base().ifPresent(base -> doc.add(" (virtual: {@code $L} when {@link $L} holds)", base, event.filter().orElseThrow().canonicalName()));
      doc.add(": ");
      List<Hook> hooks = wiring.hooksOf(event);
      if (hooks.isEmpty()) {
        doc.add("no hooks");
      }
      for (int i = 0; i < hooks.size(); i++) {
        Hook hook = hooks.get(i);
        doc.add(i == 0 ? "" : ", ").add("{@link $T}", hook.type());
        List<String> policies = policies(hook, event);
        if (!policies.isEmpty()) {
          doc.add(" ($L)", escapeHtml(String.join(", ", policies)));
        }
      }
      doc.add("\n");
    }
    return doc.add("</ul>\n").build();
  }

  private static List<String> policies(Hook hook, Event event) {
    List<String> policies = new ArrayList<>();
    hook.timeoutIn(event).ifPresent(t -> policies.add("timeout " + t + " ms"));
    if (!hook.tags().isEmpty()) {
      policies.add("tags " + String.join(", ", hook.tags()));
    }
    if (hook.async()) {
      policies.add("async");
    }
    hook.disabled().ifPresent(why -> policies.add("disabled: " + why));
    return policies;
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("$", "$$");
  }

  private MethodSpec describe() {
    CodeBlock.Builder events = CodeBlock.builder();
    List<Event> all = allEvents();
    for (int e = 0; e < all.size(); e++) {
      Event event = all.get(e);
      List<Hook> hooks = wiring.hooksOf(event);
      events.add("new $T.EventInfo($S, $S, $S, $T.of(", TypeNames.WIRING_DESCRIPTION, event.name(),
          event.kind().name().toLowerCase(Locale.ROOT), event.base().orElse(""), List.class);
      if (!hooks.isEmpty()) {
        events.add("\n$>$>");
      }
      for (int h = 0; h < hooks.size(); h++) {
        Hook hook = hooks.get(h);
        CodeBlock disabled =
            hook.disabled().isPresent()
                ? CodeBlock.of("$S", "@Disabled: " + hook.disabled().get())
                : CodeBlock.of("$N == null ? $S : $S", names.get(hook), DISABLED_AT_STARTUP, "");
        events.add("new $T.HookInfo($S, $L, $LL, $T.of($L), $L, $L)$L",
            TypeNames.WIRING_DESCRIPTION, hook.type().canonicalName(), hook.order(), hook.timeoutIn(event).orElse(0L),
            List.class, hook.tags().stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")),
            hook.async(), disabled, h + 1 < hooks.size() ? ",\n" : "");
      }
      if (!hooks.isEmpty()) {
        events.add("$<$<");
      }
      events.add("))$L", e + 1 < all.size() ? ",\n" : "");
    }
    return MethodSpec.methodBuilder("describe")
        .addJavadoc("The events of this wiring and their hooks in run order, with their policies and whether\n")
        .addJavadoc("each is enabled. Its {@code toString()} is a readable listing.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeNames.WIRING_DESCRIPTION)
        .addStatement("return new $T($S, $T.of(\n$>$>$L$<$<))", TypeNames.WIRING_DESCRIPTION, wiring.packageName(), List.class, events.build())
        .build();
  }

  /** Writes one base event's dispatcher method (with its virtual events), and helpers it needs. */
  private final class EventMethod {
    private final Catalog catalog;
    private final Event event;
    private final NameAllocator locals = names.clone();
    private final String entity;
    private final String ctx;
    private final String current;
    private final String patch;
    private final String start;
    private final String error;
    private final String lambdaEntity;
    private final String lambdaContext;
    private final boolean merges;
    /** Helper methods, written after the event's method. */
    private final List<MethodSpec> helpers = new ArrayList<>();

    EventMethod(Catalog catalog, Event event) {
      this.catalog = catalog;
      this.event = event;
      this.entity = locals.newName(event.parameter());
      this.ctx = locals.newName("ctx");
      this.current = locals.newName("current");
      this.patch = locals.newName("patch");
      this.start = locals.newName("start");
      this.error = locals.newName("e");
      this.lambdaEntity = locals.newName("hookEntity");
      this.lambdaContext = locals.newName("hookContext");
      this.merges =
          event.kind() == Kind.TRANSFORM
              || (event.kind() == Kind.BEFORE && events().stream().flatMap(e -> enabledHooks(e).stream()).anyMatch(Hook::returnsValue));
    }

    private List<Event> events() {
      List<Event> events = new ArrayList<>();
      events.add(event);
      events.addAll(catalog.virtualsOf(event));
      return events;
    }

    void addTo(TypeSpec.Builder type) {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(event.method())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(event.entity(), entity)
              .addParameter(TypeNames.HOOK_CONTEXT, ctx);
      if (event.kind() != Kind.AFTER) {
        method.returns(event.entity());
      }
      String value = merges ? current : entity;
      if (merges) {
        method.addStatement("$T $N = $N", event.entity(), current, entity);
      }
      if (event.kind() == Kind.BEFORE && merges) {
        method.addStatement("$T $N", event.patch().orElseThrow(), patch);
      }
      method.addCode(callHooks(event, value));
      for (Event virtual : catalog.virtualsOf(event)) {
        if (!enabledHooks(virtual).isEmpty()) {
          method.beginControlFlow("if ($N.test($N, $N))", names.get(filterKey(virtual)), value, ctx)
              .addCode(callHooks(virtual, value))
              .nextControlFlow("else")
              .addCode(skipAll(virtual, wiring.hooksOf(virtual), "filter " + virtual.filter().orElseThrow().simpleName() + " does not hold"))
              .endControlFlow();
        } else {
          method.addCode(callHooks(virtual, value)); // only the @Disabled notes
        }
      }
      if (event.kind() != Kind.AFTER) {
        method.addStatement("return $N", value);
      }
      type.addMethod(method.build());
      helpers.forEach(type::addMethod);
    }

    private CodeBlock callHooks(Event of, String value) {
      CodeBlock.Builder code = CodeBlock.builder();
      for (Hook hook : wiring.hooksOf(of)) {
        if (hook.disabled().isPresent()) {
          code.addStatement("runtime.skipped($S, $T.class, $S)", of.name(), hook.type(), "@Disabled: " + hook.disabled().get());
          continue;
        }
        String field = names.get(hook);
        code.beginControlFlow("if ($N == null)", field)
            .addStatement("runtime.skipped($S, $T.class, $S)", of.name(), hook.type(), DISABLED_AT_STARTUP);
        if (!hook.tags().isEmpty()) {
          String tags = names.get(tagsKey(hook));
          code.nextControlFlow("else if (!$N.contains($N.tag()))", tags, ctx)
              .addStatement("runtime.skippedByTag($S, $T.class, $N.tag(), $N)", of.name(), hook.type(), ctx, tags);
        }
        code.nextControlFlow("else");
        switch (event.kind()) {
          case BEFORE -> code.add(before(of, hook, value));
          case AFTER -> code.add(after(of, hook, value));
          case TRANSFORM -> code.addStatement("$N = $N($N, $N)", current, transformHelper(of, hook), current, ctx);
        }
        code.endControlFlow();
      }
      return code.build();
    }

    private CodeBlock before(Event of, Hook hook, String value) {
      CodeBlock.Builder code =
          CodeBlock.builder()
              .addStatement("long $N = runtime.started($S, $T.class)", start, of.name(), hook.type())
              .beginControlFlow("try");
      CodeBlock call = invoke(of, hook, value);
      code.addStatement(hook.returnsValue() ? CodeBlock.of("$N = $L", patch, call) : call)
          .nextControlFlow("catch ($T $N)", Throwable.class, error)
          .addStatement("throw runtime.aborted($S, $T.class, $N, $N)", of.name(), hook.type(), start, error)
          .endControlFlow();
      if (!hook.returnsValue()) {
        return code.addStatement("runtime.succeeded($S, $T.class, $N, null)", of.name(), hook.type(), start).build();
      }
      code.addStatement("runtime.succeeded($S, $T.class, $N, $N)", of.name(), hook.type(), start, patch)
          .beginControlFlow("if ($N != null)", patch)
          .addStatement("$N = $N.applyTo($N)", current, patch, current);
      List<Hook> all = wiring.hooksOf(of);
      List<Hook> later = all.subList(all.indexOf(hook) + 1, all.size());
      List<Event> virtualsLater =
          of.isVirtual() ? List.of() : catalog.virtualsOf(of).stream().filter(v -> !wiring.hooksOf(v).isEmpty()).toList();
      if (!later.isEmpty() || !virtualsLater.isEmpty()) {
        String why = "chain stopped by " + hook.type().simpleName();
        code.beginControlFlow("if ($N.stopsChain())", patch).add(skipAll(of, later, why));
        for (Event virtual : virtualsLater) {
          code.add(skipAll(virtual, wiring.hooksOf(virtual), why));
        }
        code.addStatement("return $N", current).endControlFlow();
      }
      return code.endControlFlow().build();
    }

    private CodeBlock after(Event of, Hook hook, String value) {
      String field = names.get(hook);
      if (hook.async()) {
        return CodeBlock.builder()
            .addStatement("runtime.runAsync($LL, $S, $T.class, $L, $N, $N)",
                hook.timeoutIn(of).orElse(0L), of.name(), hook.type(), reference(hook, field), value, ctx)
            .build();
      }
      return CodeBlock.builder()
          .addStatement("long $N = runtime.started($S, $T.class)", start, of.name(), hook.type())
          .beginControlFlow("try")
          .addStatement(invoke(of, hook, value))
          .addStatement("runtime.succeeded($S, $T.class, $N, null)", of.name(), hook.type(), start)
          .nextControlFlow("catch ($T $N)", Throwable.class, error)
          .addStatement("runtime.afterFailed($S, $T.class, $N, $N)", of.name(), hook.type(), start, error)
          .endControlFlow()
          .build();
    }

    /**
     * A transform hook gets a helper method, so that each outcome (a failure, a null for a
     * non-null input, a replacement, no change) returns what the chain goes on with.
     */
    private String transformHelper(Event of, Hook hook) {
      String method = names.newName("transformWith" + hook.type().simpleName(), "transform:" + hook.type());
      NameAllocator helperLocals = names.clone();
      String in = helperLocals.newName("current");
      String context = helperLocals.newName("ctx");
      String input = helperLocals.newName("input");
      String result = helperLocals.newName("result");
      String startLocal = helperLocals.newName("start");
      String e = helperLocals.newName("e");
      CodeBlock.Builder body = CodeBlock.builder();
      if (event.inputView() == InputView.AS_IS) {
        input = in;
      } else {
        body.addStatement("$T $N = $N == null ? null : $T.$L($N)", event.entity(), input, in, Collections.class,
            event.inputView().collectionsMethod(), in);
      }
      body.addStatement("long $N = runtime.started($S, $T.class)", startLocal, of.name(), hook.type())
          .addStatement("$T $N", event.entity(), result)
          .beginControlFlow("try")
          .addStatement("$N = $L", result, invoke(of, hook, input, context))
          .nextControlFlow("catch ($T $N)", Throwable.class, e)
          .addStatement("runtime.transformFailed($S, $T.class, $N, $N)", of.name(), hook.type(), startLocal, e)
          .addStatement("return $N", in)
          .endControlFlow()
          .beginControlFlow("if ($N == null && $N != null)", result, in)
          .addStatement("runtime.transformReturnedNull($S, $T.class, $N)", of.name(), hook.type(), startLocal)
          .addStatement("return $N", in)
          .endControlFlow()
          .addStatement("runtime.succeeded($S, $T.class, $N, $N)", of.name(), hook.type(), startLocal, result);
      if (event.inputView() == InputView.AS_IS) {
        body.addStatement("return $N", result);
      } else {
        body.add("// Handing back the read-only view means \"no change\": the caller keeps its own object.\n")
            .addStatement("return $N == $N ? $N : $N", result, input, in, result);
      }
      helpers.add(
          MethodSpec.methodBuilder(method)
              .addJavadoc("Runs {@link $T}: its replacement, or {@code $L} when it fails or returns null.\n", hook.type(), in)
              .addModifiers(Modifier.PRIVATE)
              .returns(event.entity())
              .addParameter(event.entity(), in)
              .addParameter(TypeNames.HOOK_CONTEXT, context)
              .addCode(body.build())
              .build());
      return method;
    }

    /** Reports each of {@code hooks} skipped: for {@code why}, or for its own reason if it is off. */
    private CodeBlock skipAll(Event of, List<Hook> hooks, String why) {
      CodeBlock.Builder code = CodeBlock.builder();
      for (Hook hook : hooks) {
        if (hook.disabled().isPresent()) {
          code.addStatement("runtime.skipped($S, $T.class, $S)", of.name(), hook.type(), "@Disabled: " + hook.disabled().get());
        } else {
          code.addStatement("runtime.skipped($S, $T.class, $N == null ? $S : $S)", of.name(), hook.type(), names.get(hook), DISABLED_AT_STARTUP, why);
        }
      }
      return code.build();
    }

    private CodeBlock invoke(Event of, Hook hook, String value) {
      return invoke(of, hook, value, ctx);
    }

    /** The hook's call: in place, or through the runtime when it has a time limit. */
    private CodeBlock invoke(Event of, Hook hook, String value, String context) {
      String field = names.get(hook);
      OptionalLong timeout = hook.timeoutIn(of);
      if (timeout.isEmpty()) {
        return hook.takesContext()
            ? CodeBlock.of("$N.handle($N, $N)", field, value, context)
            : CodeBlock.of("$N.handle($N)", field, value);
      }
      String method = hook.returnsValue() ? "callWithin" : "runWithin";
      return CodeBlock.of("runtime.$L($LL, $S, $T.class, $L, $N, $N)",
          method, timeout.getAsLong(), of.name(), hook.type(), reference(hook, field), value, context);
    }

    /** {@code hook::handle}, or a lambda for a hook that does not take the context. */
    private CodeBlock reference(Hook hook, String field) {
      return hook.takesContext()
          ? CodeBlock.of("$N::handle", field)
          : CodeBlock.of("($N, $N) -> $N.handle($N)", lambdaEntity, lambdaContext, field, lambdaEntity);
    }
  }
}
