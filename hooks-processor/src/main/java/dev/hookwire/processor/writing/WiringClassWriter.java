package dev.hookwire.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hookwire.processor.model.Catalog;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.Wiring;
import dev.hookwire.processor.writing.WiringPlan.FilterRef;
import dev.hookwire.processor.writing.WiringPlan.Holder;
import dev.hookwire.processor.writing.WiringPlan.HookRef;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code HookWiring}: the class, a {@code HookSite} constant per hook (its event, class and
 * policies, each literal once), the snapshot class with a field per enabled hook, the constructor, then one method per
 * event ({@link EventMethodWriter}) and {@code describe()} ({@link DescribeWriter}). A pure
 * function of the {@link Wiring}: the same model gives the same bytes.
 */
public final class WiringClassWriter {
  private final WiringPlan plan;
  private final TypeSpec.Builder type;

  private WiringClassWriter(Wiring wiring) {
    this.plan = new WiringPlan(wiring);
    this.type =
        TypeSpec.classBuilder(GeneratedNames.WIRING).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
  }

  public static JavaFile write(Wiring wiring) {
    return new WiringClassWriter(wiring).build();
  }

  private JavaFile build() {
    Wiring wiring = plan.wiring;
    type.addJavadoc(JavadocWriter.write(plan));
    if (wiring.generatedAnnotation()) {
      type.addAnnotation(AnnotationSpec.builder(GeneratedNames.GENERATED_CLASS)
          .addMember("value", "$S", GeneratedNames.PROCESSOR)
          .build());
    }
    if (plan.namesDeprecated()) {
      // The wiring must name its @Deprecated hooks; -Werror builds must not break on that.
      type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "{$S, $S}", "deprecation", "removal")
          .build());
    }
    for (Catalog catalog : wiring.catalogs()) {
      type.addSuperinterface(catalog.type());
    }
    if (DurableWriter.hasDurable(plan)) {
      type.addSuperinterface(GeneratedNames.DURABLE_WIRING);
    }
    plan.hooks.stream()
        .filter(r -> r.holder() < 0)
        .forEach(r -> type.addField(site(r.site(), r.hook(), r.event())));
    for (FilterRef filter : plan.filterList) {
      type.addField(FieldSpec.builder(
              GeneratedNames.HOOK_SITE,
              filter.site(),
              Modifier.PRIVATE,
              Modifier.STATIC,
              Modifier.FINAL)
          .initializer(
              "$T.of($Z$S,$W$T.class)",
              GeneratedNames.HOOK_SITE,
              filter.event().name(),
              filter.type())
          .build());
    }
    for (EventPlan event : plan.eventPlans) {
      if (event.chainConstant != null) {
        type.addField(FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), GeneratedNames.HOOK_SITE),
                event.chainConstant,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The hooks of {@code $L} in run order: an abort reports the rest skipped.\n",
                event.base.name())
            .initializer(
                "$T.<$T>of($Z$L)",
                List.class,
                GeneratedNames.HOOK_SITE,
                event.chain.stream()
                    .map(r -> CodeBlock.of("$L", r.site()))
                    .collect(CodeBlock.joining(",$W")))
            .build());
      }
    }
    type.addField(GeneratedNames.DISPATCH, plan.dispatchField, Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "Creates every hook the runtime leaves enabled; {@code runtime} decides what a failure\n")
        .addJavadoc("means.\n\n");
    if (plan.takesDependencies) {
      constructor
          .addJavadoc(
              "@param dependencies where the constructor arguments of the hooks come from, each looked up\n")
          .addJavadoc("    once, here\n")
          // Spelled out: an import only a Javadoc uses is an unused import to ECJ.
          .addJavadoc(
              "@throws $L naming every\n", GeneratedNames.MISSING_DEPENDENCIES.canonicalName())
          .addJavadoc(
              "    hook and type {@code dependencies} has none of, before any hook is created\n");
    }
    constructor
        .addJavadoc(
            "@throws IllegalStateException when a hook's constructor throws, naming the hook\n")
        .addJavadoc(
            "@throws IllegalArgumentException when {@code runtime} switches off a hook of this package\n")
        .addJavadoc("    that this wiring does not have\n")
        .addParameter(GeneratedNames.HOOK_RUNTIME, "runtime");
    if (plan.takesDependencies) {
      constructor.addParameter(GeneratedNames.HOOK_DEPENDENCIES, "dependencies");
    }
    constructor.addStatement(
        "this.$N = $T.requireNonNull(runtime, $S).dispatchFor($S)",
        plan.dispatchField,
        Objects.class,
        "runtime",
        wiring.packageName());
    // Every hook is declared, and the runtime's switch-offs checked, before any is created.
    plan.hooks.stream()
        .filter(r -> r.holder() < 0)
        .forEach(r -> constructor.addStatement("$N.declare($L)", plan.dispatchField, r.site()));
    for (Holder holder : plan.holders) {
      constructor.addStatement("$N.declare($N)", holder.type(), plan.dispatchField);
    }
    constructor.addStatement("$N.ready()", plan.dispatchField);
    if (plan.takesDependencies) {
      // Every dependency of every enabled hook, looked up once: all missing ones fail at once.
      constructor.addStatement(
          "$T arguments = $N.arguments(dependencies)",
          GeneratedNames.ARGUMENTS,
          plan.dispatchField);
    }
    if (plan.switchable) {
      addLive(constructor);
    }
    for (FilterRef filter : plan.filterList) {
      // Typed as the interface: the call resolves to EventFilter.test, whatever else the class
      // declares.
      TypeName filterType = ParameterizedTypeName.get(
          GeneratedNames.EVENT_FILTER, filter.event().entity().box());
      type.addField(FieldSpec.builder(filterType, filter.field(), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T()", filter.type())
          .build());
    }
    type.addMethod(constructor.build());
    plan.eventPlans.forEach(event -> new EventMethodWriter(plan, event).addTo(type));
    DescribeWriter.addTo(type, plan);
    DurableWriter.addTo(type, plan);
    return JavaFile.builder(wiring.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The hooks in a snapshot: the nested class {@link WiringPlan#liveType}, one final field per
   * hook the wiring keeps itself and one per holder; the wiring's volatile field holds the current
   * one. The constructor creates every hook into the first snapshot, and gives the runtime a
   * callback that publishes a copy without the hooks switched off at run time.
   */
  private void addLive(MethodSpec.Builder constructor) {
    Wiring wiring = plan.wiring;
    ClassName live = ClassName.get(wiring.packageName(), GeneratedNames.WIRING, plan.liveType);
    TypeName off =
        ParameterizedTypeName.get(ClassName.get(Predicate.class), GeneratedNames.HOOK_SITE);
    TypeSpec.Builder liveType = TypeSpec.classBuilder(plan.liveType)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "The hooks this wiring created, or those of them not switched off at run time (null\n")
        .addJavadoc(
            "fields): immutable, so a dispatcher that reads it once runs with one state.\n");
    MethodSpec.Builder create = MethodSpec.constructorBuilder()
        .addJavadoc("Creates every hook the runtime leaves enabled.\n")
        .addParameter(GeneratedNames.DISPATCH, plan.dispatchField);
    if (plan.takesDependencies) {
      create.addParameter(GeneratedNames.ARGUMENTS, "arguments");
    }
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addJavadoc("The hooks of {@code all} but those {@code off}.\n")
        .addParameter(live, "all")
        .addParameter(off, "off");
    List<HookRef> own =
        plan.hooks.stream().filter(r -> r.holder() < 0 && r.enabled()).toList();
    own.forEach(
        r -> liveType.addField(r.hook().type(), r.field(), Modifier.PRIVATE, Modifier.FINAL));
    create.addCode(create(own));
    copy.addCode(copy(own));
    for (Holder holder : plan.holders) {
      ClassName holderType =
          ClassName.get(wiring.packageName(), GeneratedNames.WIRING, holder.type());
      liveType.addField(holderType, holder.field(), Modifier.PRIVATE, Modifier.FINAL);
      create.addStatement(
          plan.takesDependencies ? "this.$N = new $T($N, arguments)" : "this.$N = new $T($N)",
          holder.field(),
          holderType,
          plan.dispatchField);
      copy.addStatement(
          "this.$N = new $T(all.$N, off)", holder.field(), holderType, holder.field());
      type.addType(holder(holder));
    }
    type.addType(liveType.addMethod(create.build()).addMethod(copy.build()).build());
    type.addField(FieldSpec.builder(live, plan.liveField, Modifier.PRIVATE, Modifier.VOLATILE)
        .addJavadoc("The hooks the next dispatch runs: see {@link $L}.\n", plan.liveType)
        .build());
    String created = "created";
    // One handler for every hook's constructor, in this method only: see create(..).
    constructor
        .addStatement("$T $N", live, created)
        .beginControlFlow("try")
        .addStatement(
            plan.takesDependencies ? "$N = new $T($N, arguments)" : "$N = new $T($N)",
            created,
            live,
            plan.dispatchField)
        .nextControlFlow("catch ($T e)", Throwable.class)
        .addStatement("throw $N.notCreated(e)", plan.dispatchField)
        .endControlFlow();
    if (plan.allField != null) {
      type.addField(live, plan.allField, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $N", plan.allField, created);
    }
    constructor
        .addStatement("this.$N = $N", plan.liveField, created)
        .addStatement(
            "$N.switchable(off -> this.$N = new $T($N, off))",
            plan.dispatchField,
            plan.liveField,
            live,
            created);
  }

  /** Copies the fields of {@code hooks} from the snapshot {@code all}, but those {@code off}. */
  private static CodeBlock copy(List<HookRef> hooks) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (HookRef ref : hooks) {
      String field = ref.field().substring(ref.field().indexOf('.') + 1);
      code.addStatement(
          "this.$N = off.test($N)$W? null$W: all.$N",
          field,
          ref.site().substring(ref.site().indexOf('.') + 1),
          field);
    }
    return code.build();
  }

  /** A hook's site constant: its event, class and policies. */
  private static FieldSpec site(String name, Hook hook, Event event) {
    String constant = name.substring(name.indexOf('.') + 1);
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.of($Z$S,$W$T.class)", GeneratedNames.HOOK_SITE, event.name(), hook.type());
    if (hook.order() != 0) {
      init.add("$Z.ordered($L)", hook.order());
    }
    hook.timeoutIn(event).ifPresent(t -> init.add("$Z.timed($LL)", t));
    if (!hook.tags().isEmpty()) {
      init.add(
          "$Z.tagged($L)",
          hook.tags().stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")));
    }
    if (hook.async()) {
      init.add("$Z.asynchronous()");
    }
    if (hook.durable()) {
      init.add("$Z.durably()");
    }
    hook.version()
        .ifPresent(v -> init.add(
            "$Z.version($S,$W$S,$W$L)", hook.versionedHook().orElseThrow(), v.id(), v.live()));
    hook.disabled().ifPresent(why -> init.add("$Z.disabledBecause($S)", why));
    if (!hook.dependencies().isEmpty()) {
      init.add(
          "$Z.needs($L)",
          hook.dependencies().stream()
              .map(t -> CodeBlock.of("$T.class", t))
              .collect(CodeBlock.joining(",$W")));
    }
    return FieldSpec.builder(
            GeneratedNames.HOOK_SITE, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  /**
   * Assigns the fields of {@code hooks}: each hook is created unless the runtime switched it off.
   * The statements are straight-line code without an exception handler (the wiring's constructor
   * has the one {@code try} around the whole snapshot's creation, which names the hook that threw
   * from the site {@code enabled} saw last): HotSpot's verifier checks every instruction inside a
   * {@code try} against the handler's stack map frame, which it finds by a linear search over the
   * method's frames, so a {@code try} around the creation of 1,000 hooks took more time to verify
   * than creating them; a factory method per hook avoided that at the cost of 1,000 methods to load
   * and link.
   */
  private CodeBlock create(List<HookRef> hooks) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (HookRef ref : hooks) {
      CodeBlock arguments = ref.hook().dependencies().stream()
          .map(t -> CodeBlock.of("arguments.get($T.class)", t))
          .collect(CodeBlock.joining(",$W"));
      code.addStatement(
          "this.$N = $N.enabled($N)$W? new $T($L)$W: null",
          ref.field().substring(ref.field().indexOf('.') + 1),
          plan.dispatchField,
          ref.site().substring(ref.site().indexOf('.') + 1),
          ref.hook().type(),
          arguments);
    }
    return code.build();
  }

  /** A nested class holding part of a large wiring's hooks: see {@link Limits#HOOKS_PER_HOLDER}. */
  private TypeSpec holder(Holder holder) {
    TypeSpec.Builder holderType = TypeSpec.classBuilder(holder.type())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "Hooks $L to $L of this wiring: a constructor holds at most 64 KB of code, so a wiring\n",
            holder.first(),
            holder.first() + holder.hooks().size() - 1)
        .addJavadoc("of more than $L hooks keeps them in parts.\n", Limits.HOOKS_PER_HOLDER);
    for (HookRef ref : holder.hooks()) {
      holderType.addField(site(ref.site(), ref.hook(), ref.event()));
      holderType.addField(
          ref.hook().type(),
          ref.field().substring(ref.field().indexOf('.') + 1),
          Modifier.PRIVATE,
          Modifier.FINAL);
    }
    MethodSpec.Builder declare = MethodSpec.methodBuilder("declare")
        .addJavadoc("Declares these hooks to the runtime.\n")
        .addModifiers(Modifier.STATIC)
        .addParameter(GeneratedNames.DISPATCH, plan.dispatchField);
    holder
        .hooks()
        .forEach(r -> declare.addStatement(
            "$N.declare($N)", plan.dispatchField, r.site().substring(r.site().indexOf('.') + 1)));
    holderType.addMethod(declare.build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addParameter(GeneratedNames.DISPATCH, plan.dispatchField);
    if (plan.takesDependencies) {
      constructor.addParameter(GeneratedNames.ARGUMENTS, "arguments");
    }
    ClassName self = ClassName.get(plan.wiring.packageName(), GeneratedNames.WIRING, holder.type());
    MethodSpec copy = MethodSpec.constructorBuilder()
        .addJavadoc("The hooks of {@code all} but those {@code off}.\n")
        .addParameter(self, "all")
        .addParameter(
            ParameterizedTypeName.get(ClassName.get(Predicate.class), GeneratedNames.HOOK_SITE),
            "off")
        .addCode(copy(holder.hooks()))
        .build();
    return holderType
        .addMethod(constructor.addCode(create(holder.hooks())).build())
        .addMethod(copy)
        .build();
  }
}
