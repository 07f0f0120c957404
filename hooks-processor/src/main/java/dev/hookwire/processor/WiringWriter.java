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
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
  /**
   * The most hooks one generated method calls. An after- or transform event with more (its
   * virtual events' hooks included) runs them in private helper methods of at most this many
   * each: HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode, and no
   * method may hold more than 64 KB. A before-event cannot be split (a chain stop ends the whole
   * chain), so it has a hard limit instead, {@link #MAX_BEFORE_HOOKS}.
   */
  static final int HOOKS_PER_METHOD = 32;

  /**
   * The most hooks a before-event (with its virtual events) may have: its hooks run in one
   * method, which javac could not compile much beyond this ("code too large"). Checked by {@link
   * HookPackageReader} with an error that says so.
   */
  static final int MAX_BEFORE_HOOKS = 300;

  /**
   * Above this many enabled hooks, the hooks' fields live in nested classes of at most this many
   * each: a constructor too holds at most 64 KB of code.
   */
  static final int HOOKS_PER_HOLDER = 1000;

  /** The most statements in one method of {@code describe()}. */
  static final int DESCRIBE_STATEMENTS_PER_METHOD = 400;

  private static final String DISABLED_AT_STARTUP = "disabled at startup";

  private final Wiring wiring;
  /** Field names, the hooks' fields in holder classes included. */
  private final NameAllocator names = new NameAllocator();
  /** Method names: the catalogs' methods are taken first, so no helper overloads one. */
  private final NameAllocator methodNames = new NameAllocator();
  /**
   * Each enabled hook's field, as the wiring's methods refer to it ({@code afterLogin}, or {@code
   * hooks1.afterLogin} in a holder). By identity: the model's hooks are unique objects, and a
   * record's hash code would hash every component on each of the many lookups.
   */
  private final Map<Hook, String> refs = new IdentityHashMap<>();
  /** The tag-set constant of each tagged hook, as the wiring's methods refer to it; by identity too. */
  private final Map<Hook, String> tagRefs = new IdentityHashMap<>();
  private final Map<String, String> filterFields = new HashMap<>();
  private final TypeSpec.Builder type;

  private WiringWriter(Wiring wiring) {
    this.wiring = wiring;
    this.type = TypeSpec.classBuilder(TypeNames.WIRING).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
  }

  static JavaFile write(Wiring wiring) {
    return new WiringWriter(wiring).build();
  }

  private JavaFile build() {
    names.newName("runtime");
    for (Event event : allEvents()) {
      methodNames.newName(event.method());
    }
    methodNames.newName("describe");
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
    List<Hook> enabled = allEvents().stream().flatMap(e -> enabledHooks(e).stream()).toList();
    if (enabled.size() <= HOOKS_PER_HOLDER) {
      addHooks(type, constructor, enabled, "", "");
    } else {
      addHolders(constructor, enabled);
    }
    for (Event event : allEvents()) {
      if (event.isVirtual() && !enabledHooks(event).isEmpty()) {
        ClassName filter = event.filter().orElseThrow();
        String field = names.newName(Names.camel(event.name()) + "Filter");
        filterFields.put(event.name(), field);
        // Typed as the interface: the call resolves to EventFilter.test, whatever else the class declares.
        TypeName filterType = ParameterizedTypeName.get(TypeNames.EVENT_FILTER, event.entity().box());
        type.addField(FieldSpec.builder(filterType, field, Modifier.PRIVATE, Modifier.FINAL).initializer("new $T()", filter).build());
      }
    }
    type.addMethod(constructor.build());
    for (Catalog catalog : wiring.catalogs()) {
      Map<String, List<Event>> virtuals = catalog.virtualsByBase();
      for (Event event : catalog.baseEvents()) {
        new EventMethod(event, virtuals.getOrDefault(event.name(), List.of())).addTo(type);
      }
    }
    addDescribe();
    return JavaFile.builder(wiring.packageName(), type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * Adds a field per hook (and a constant per tag set) to {@code owner}, created by {@code
   * constructor}. The wiring's methods reach them through {@code instance} and {@code type} (the
   * holder's field and class; empty when {@code owner} is the wiring).
   */
  private void addHooks(TypeSpec.Builder owner, MethodSpec.Builder constructor, List<Hook> hooks, String instance, String type) {
    for (Hook hook : hooks) {
      String field = names.newName(Names.decapitalize(hook.type().simpleName()));
      refs.put(hook, instance.isEmpty() ? field : instance + "." + field);
      owner.addField(hook.type(), field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement(
          "this.$N = runtime.enabled($S, $T.class) ? new $T() : null", field, hook.event(), hook.type(), hook.type());
      if (!hook.tags().isEmpty()) {
        String tags = names.newName(Names.kebab(hook.type().simpleName()).replace('-', '_').toUpperCase(Locale.ROOT) + "_TAGS");
        tagRefs.put(hook, type.isEmpty() ? tags : type + "." + tags);
        owner.addField(
            FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), tags, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", Set.class, hook.tags().stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")))
                .build());
      }
    }
  }

  /** A wiring of many hooks keeps them in nested classes {@code Hooks1}, {@code Hooks2}...: see {@link #HOOKS_PER_HOLDER}. */
  private void addHolders(MethodSpec.Builder constructor, List<Hook> enabled) {
    Set<String> taken = new HashSet<>();
    enabled.forEach(h -> taken.add(h.type().simpleName()));
    wiring.catalogs().forEach(c -> taken.add(c.type().simpleName()));
    List<List<Hook>> parts = partition(enabled, HOOKS_PER_HOLDER);
    for (int i = 0; i < parts.size(); i++) {
      String holder = "Hooks" + (i + 1);
      while (taken.contains(holder)) {
        holder = holder + "_";
      }
      String field = names.newName(Names.decapitalize(holder));
      TypeSpec.Builder holderType =
          TypeSpec.classBuilder(holder)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("Hooks $L to $L of this wiring: a constructor holds at most 64 KB of code, so a wiring of more\n",
                  i * HOOKS_PER_HOLDER + 1, i * HOOKS_PER_HOLDER + parts.get(i).size())
              .addJavadoc("than $L hooks keeps them in parts.\n", HOOKS_PER_HOLDER);
      MethodSpec.Builder holderConstructor = MethodSpec.constructorBuilder().addParameter(TypeNames.HOOK_RUNTIME, "runtime");
      addHooks(holderType, holderConstructor, parts.get(i), field, holder);
      type.addType(holderType.addMethod(holderConstructor.build()).build());
      type.addField(ClassName.get(wiring.packageName(), TypeNames.WIRING, holder), field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $N(runtime)", field, holder);
    }
  }

  /** Whether {@code hook} may stop a before-event's chain: it runs and returns a patch. */
  private static boolean canStop(Hook hook) {
    return hook.disabled().isEmpty() && hook.returnsValue();
  }

  private static <T> List<List<T>> partition(List<T> items, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < items.size(); from += size) {
      parts.add(items.subList(from, Math.min(items.size(), from + size)));
    }
    return parts;
  }

  private List<Event> allEvents() {
    return wiring.catalogs().stream().flatMap(c -> c.events().stream()).toList();
  }

  private List<Hook> enabledHooks(Event event) {
    return wiring.hooksOf(event).stream().filter(h -> h.disabled().isEmpty()).toList();
  }

  /** The hook's field as the wiring's methods refer to it. */
  private String ref(Hook hook) {
    return Objects.requireNonNull(refs.get(hook), hook::toString);
  }

  /** The hook's tag-set constant as the wiring's methods refer to it. */
  private String tagsRef(Hook hook) {
    return Objects.requireNonNull(tagRefs.get(hook), hook::toString);
  }

  /**
   * A fresh allocator for one method's locals that knows the class members the method refers to
   * (so that no local shadows one): {@code runtime} and {@code members} (or, for {@code
   * hooks1.afterLogin}, the holder {@code hooks1}). Only those, so that writing a method costs its
   * own size, not the class's.
   */
  private static NameAllocator localsAvoiding(List<String> members) {
    NameAllocator locals = new NameAllocator();
    locals.newName("runtime");
    members.stream().map(m -> m.substring(0, m.contains(".") ? m.indexOf('.') : m.length())).distinct().forEach(locals::newName);
    return locals;
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

  /**
   * Adds {@code describe()}: a flat list of small statements, split over helper methods when
   * there are many ({@link #DESCRIBE_STATEMENTS_PER_METHOD}). Each is a plain constructor call
   * with explicit type arguments: one nested {@code List.of(...)} expression over every event
   * would be a poly expression that javac's type inference attributes over and over (at 1,000
   * events it cost more javac time than the rest of the compile), and would not fit in a method.
   */
  private void addDescribe() {
    TypeName eventInfo = TypeNames.WIRING_DESCRIPTION.nestedClass("EventInfo");
    TypeName hookInfo = TypeNames.WIRING_DESCRIPTION.nestedClass("HookInfo");
    TypeName eventList = ParameterizedTypeName.get(ClassName.get(List.class), eventInfo);
    TypeName hookList = ParameterizedTypeName.get(ClassName.get(List.class), hookInfo);
    List<Event> all = allEvents();
    NameAllocator locals = localsAvoiding(List.copyOf(refs.values()));
    String events = locals.newName("events");
    String hooks = locals.newName("hooks");
    String note = methodNames.newName("startupNote");
    List<CodeBlock> statements = new ArrayList<>();
    boolean notes = false;
    for (Event event : all) {
      for (Hook hook : wiring.hooksOf(event)) {
        CodeBlock disabled;
        if (hook.disabled().isPresent()) {
          disabled = CodeBlock.of("$S", "@Disabled: " + hook.disabled().get());
        } else {
          disabled = CodeBlock.of("$N($L)", note, ref(hook));
          notes = true;
        }
        statements.add(CodeBlock.of("$N.add(new $T($S, $L, $LL, $T.<$T>of($L), $L, $L));\n",
            hooks, hookInfo, hook.type().canonicalName(), hook.order(), hook.timeoutIn(event).orElse(0L),
            List.class, String.class, hook.tags().stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")),
            hook.async(), disabled));
      }
      statements.add(CodeBlock.of("$N.add(new $T($S, $S, $S, $N));\n", events, eventInfo, event.name(),
          event.kind().name().toLowerCase(Locale.ROOT), event.base().orElse(""), hooks));
      statements.add(CodeBlock.of("$N.clear();\n", hooks));
    }
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T $N = new $T<>($L)", eventList, events, ArrayList.class, all.size())
            .add("// Each EventInfo copies the list: one serves every event.\n")
            .addStatement("$T $N = new $T<>()", hookList, hooks, ArrayList.class);
    List<List<CodeBlock>> parts = partition(statements, DESCRIBE_STATEMENTS_PER_METHOD);
    List<MethodSpec> partMethods = new ArrayList<>();
    if (parts.size() == 1) {
      parts.get(0).forEach(body::add);
    } else {
      for (int i = 0; i < parts.size(); i++) {
        String name = methodNames.newName("describePart" + (i + 1));
        body.addStatement("$N($N, $N)", name, events, hooks);
        CodeBlock.Builder partBody = CodeBlock.builder();
        parts.get(i).forEach(partBody::add);
        partMethods.add(
            MethodSpec.methodBuilder(name)
                .addJavadoc("Part $L of {@link #describe()}: a method holds at most 64 KB of code.\n", i + 1)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(eventList, events)
                .addParameter(hookList, hooks)
                .addCode(partBody.build())
                .build());
      }
    }
    body.addStatement("return new $T($S, $N)", TypeNames.WIRING_DESCRIPTION, wiring.packageName(), events);
    type.addMethod(
        MethodSpec.methodBuilder("describe")
            .addJavadoc("The events of this wiring and their hooks in run order, with their policies and whether\n")
            .addJavadoc("each is enabled. Its {@code toString()} is a readable listing.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeNames.WIRING_DESCRIPTION)
            .addCode(body.build())
            .build());
    partMethods.forEach(type::addMethod);
    if (notes) {
      String hook = "hook";
      type.addMethod(
          MethodSpec.methodBuilder(note)
              .addJavadoc("What {@link #describe()} says of a hook that the runtime may have disabled at startup.\n")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(String.class)
              .addParameter(Object.class, hook)
              .addStatement("return $N == null ? $S : $S", hook, DISABLED_AT_STARTUP, "")
              .build());
    }
  }

  /**
   * Writes one base event's dispatcher method (with its virtual events), and the helpers it needs.
   *
   * <p>A before-event's chain stop sets {@code stoppedBy}; every later hook then reports itself
   * skipped, so the code stays linear in the number of hooks. An after- or transform event of more
   * than {@link #HOOKS_PER_METHOD} hooks runs them in parts.
   */
  private final class EventMethod {
    private final Event event;
    private final List<Event> virtuals;
    private final String entity;
    private final String ctx;
    private final String current;
    private final String patch;
    private final String start;
    private final String error;
    private final String lambdaEntity;
    private final String lambdaContext;
    private final String stoppedBy;
    private final boolean merges;
    /** Whether a chain stop must be tracked: a hook that can stop has another after it. */
    private final boolean stops;
    /** Whether the hooks go in helper methods. */
    private final boolean inParts;
    /** Every hook of the method, virtual events' included. */
    private final int total;
    /** Helper methods, written after the event's method. */
    private final List<MethodSpec> helpers = new ArrayList<>();
    /** How many hooks are written so far. */
    private int written;
    /** Whether a hook written so far can have stopped the chain. */
    private boolean mayBeStopped;

    EventMethod(Event event, List<Event> virtuals) {
      this.event = event;
      this.virtuals = virtuals;
      NameAllocator locals = localsAvoiding(members());
      this.entity = locals.newName(event.parameter());
      this.ctx = locals.newName("ctx");
      this.current = locals.newName("current");
      this.patch = locals.newName("patch");
      this.start = locals.newName("start");
      this.error = locals.newName("e");
      this.lambdaEntity = locals.newName("hookEntity");
      this.lambdaContext = locals.newName("hookContext");
      this.stoppedBy = locals.newName("stoppedBy");
      List<Hook> all = events().stream().flatMap(e -> wiring.hooksOf(e).stream()).toList();
      this.total = all.size();
      this.merges = event.kind() == Kind.TRANSFORM || (event.kind() == Kind.BEFORE && all.stream().anyMatch(WiringWriter::canStop));
      this.stops =
          event.kind() == Kind.BEFORE && all.subList(0, Math.max(0, total - 1)).stream().anyMatch(WiringWriter::canStop);
      this.inParts = event.kind() != Kind.BEFORE && total > HOOKS_PER_METHOD;
    }

    private List<Event> events() {
      List<Event> events = new ArrayList<>();
      events.add(event);
      events.addAll(virtuals);
      return events;
    }

    /** The class members this method refers to, besides {@code runtime}. */
    private List<String> members() {
      List<String> members = new ArrayList<>();
      for (Event of : events()) {
        Optional.ofNullable(filterFields.get(of.name())).ifPresent(members::add);
        for (Hook hook : enabledHooks(of)) {
          members.add(ref(hook));
          if (!hook.tags().isEmpty()) {
            members.add(tagsRef(hook));
          }
        }
      }
      return members;
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
      if (stops) {
        method.addStatement("$T $N = null", String.class, stoppedBy);
      }
      method.addCode(place(event, "Part", "", callHooks(event, value), value, 0));
      for (Event virtual : virtuals) {
        int from = written;
        if (enabledHooks(virtual).isEmpty()) {
          method.addCode(place(virtual, "Part", "", callHooks(virtual, value), value, from)); // only the @Disabled notes
          continue;
        }
        String filter = filterFields.get(virtual.name());
        if (mayBeStopped) { // before-events only, which are never in parts
          method.beginControlFlow("if ($N != null)", stoppedBy);
          skipAll(virtual, CodeBlock.of("$N", stoppedBy)).forEach(method::addCode);
          method.nextControlFlow("else if ($N.test($N, $N))", filter, value, ctx);
        } else {
          method.beginControlFlow("if ($N.test($N, $N))", filter, value, ctx);
        }
        // Here the chain runs: only the virtual event's own hooks can stop it.
        boolean stoppedBefore = mayBeStopped;
        mayBeStopped = false;
        method.addCode(place(virtual, "Part", "", callHooks(virtual, value), value, from));
        mayBeStopped |= stoppedBefore;
        String notHeld = "filter " + virtual.filter().orElseThrow().simpleName() + " does not hold";
        // Only a tracing listener hears skips: one test instead of a no-op report per hook, which
        // the JIT does not remove (8 of them cost 1.5 ns, a quarter of an 8-hook after-event).
        method.nextControlFlow("else if (runtime.traces())")
            .addCode(place(virtual, "Skipped", ", reported skipped: the " + notHeld, skipAll(virtual, CodeBlock.of("$S", notHeld)), value, from))
            .endControlFlow();
      }
      if (event.kind() != Kind.AFTER) {
        method.addStatement("return $N", value);
      }
      type.addMethod(method.build());
      helpers.forEach(type::addMethod);
    }

    /**
     * {@code blocks} (one per hook of {@code of}, the first being hook {@code from} of the method,
     * counting from 0) in place, or in helper methods of at most {@link #HOOKS_PER_METHOD} each,
     * named after {@code of} and {@code part}, whose Javadoc says what they do with {@code what}.
     */
    private CodeBlock place(Event of, String part, String what, List<CodeBlock> blocks, String value, int from) {
      CodeBlock.Builder code = CodeBlock.builder();
      if (!inParts) {
        blocks.forEach(code::add);
        return code.build();
      }
      boolean returns = event.kind() == Kind.TRANSFORM;
      List<List<CodeBlock>> parts = partition(blocks, HOOKS_PER_METHOD);
      for (int i = 0; i < parts.size(); i++) {
        String name = methodNames.newName(Names.camel(of.name()) + part + (i + 1));
        int first = from + i * HOOKS_PER_METHOD + 1;
        MethodSpec.Builder helper =
            MethodSpec.methodBuilder(name)
                .addJavadoc("Hooks $L to $L of {@link #$L}, in run order$L$L.\n",
                    first, first + parts.get(i).size() - 1, event.method(), of == event ? "" : " (" + of.name() + ")", what)
                .addJavadoc("A method of more than $L hooks would be too large for the JIT compiler, so they are in parts.\n",
                    HOOKS_PER_METHOD)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(event.entity(), value)
                .addParameter(TypeNames.HOOK_CONTEXT, ctx);
        parts.get(i).forEach(helper::addCode);
        if (returns) {
          helper.returns(event.entity()).addStatement("return $N", value);
          code.addStatement("$N = $N($N, $N)", value, name, value, ctx);
        } else {
          code.addStatement("$N($N, $N)", name, value, ctx);
        }
        helpers.add(helper.build());
      }
      return code.build();
    }

    /** One block per hook of {@code of}: its call with its policies, or why it does not run. */
    private List<CodeBlock> callHooks(Event of, String value) {
      List<CodeBlock> blocks = new ArrayList<>();
      for (Hook hook : wiring.hooksOf(of)) {
        written++;
        if (hook.disabled().isPresent()) {
          blocks.add(CodeBlock.builder()
              .addStatement("runtime.skipped($S, $T.class, $S)", of.name(), hook.type(), "@Disabled: " + hook.disabled().get())
              .build());
          continue;
        }
        String field = ref(hook);
        CodeBlock.Builder code =
            CodeBlock.builder()
                .beginControlFlow("if ($L == null)", field)
                .addStatement("runtime.skipped($S, $T.class, $S)", of.name(), hook.type(), DISABLED_AT_STARTUP);
        if (mayBeStopped) {
          code.nextControlFlow("else if ($N != null)", stoppedBy)
              .addStatement("runtime.skipped($S, $T.class, $N)", of.name(), hook.type(), stoppedBy);
        }
        if (!hook.tags().isEmpty()) {
          String tags = tagsRef(hook);
          code.nextControlFlow("else if (!$L.contains($N.tag()))", tags, ctx)
              .addStatement("runtime.skippedByTag($S, $T.class, $N.tag(), $L)", of.name(), hook.type(), ctx, tags);
        }
        code.nextControlFlow("else");
        switch (event.kind()) {
          case BEFORE -> code.add(before(of, hook, value));
          case AFTER -> code.add(after(of, hook, value));
          case TRANSFORM -> code.addStatement("$N = $N($N, $N)", current, transformHelper(of, hook), current, ctx);
        }
        blocks.add(code.endControlFlow().build());
      }
      return blocks;
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
      if (written < total) {
        code.beginControlFlow("if ($N.stopsChain())", patch)
            .addStatement("$N = $S", stoppedBy, "chain stopped by " + hook.type().simpleName())
            .endControlFlow();
        mayBeStopped = true;
      }
      return code.endControlFlow().build();
    }

    private CodeBlock after(Event of, Hook hook, String value) {
      String field = ref(hook);
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
      String method = methodNames.newName("transformWith" + hook.type().simpleName());
      NameAllocator helperLocals = localsAvoiding(List.of(ref(hook)));
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

    /** One statement per hook of {@code of}: skipped, for {@code why} or for its own reason if it is off. */
    private List<CodeBlock> skipAll(Event of, CodeBlock why) {
      List<CodeBlock> blocks = new ArrayList<>();
      for (Hook hook : wiring.hooksOf(of)) {
        if (hook.disabled().isPresent()) {
          blocks.add(CodeBlock.builder()
              .addStatement("runtime.skipped($S, $T.class, $S)", of.name(), hook.type(), "@Disabled: " + hook.disabled().get())
              .build());
        } else {
          blocks.add(CodeBlock.builder()
              .addStatement("runtime.skipped($S, $T.class, $L == null ? $S : $L)", of.name(), hook.type(), ref(hook), DISABLED_AT_STARTUP, why)
              .build());
        }
      }
      return blocks;
    }

    private CodeBlock invoke(Event of, Hook hook, String value) {
      return invoke(of, hook, value, ctx);
    }

    /** The hook's call: in place, or through the runtime when it has a time limit. */
    private CodeBlock invoke(Event of, Hook hook, String value, String context) {
      String field = ref(hook);
      OptionalLong timeout = hook.timeoutIn(of);
      if (timeout.isEmpty()) {
        return hook.takesContext()
            ? CodeBlock.of("$L.handle($N, $N)", field, value, context)
            : CodeBlock.of("$L.handle($N)", field, value);
      }
      String method = hook.returnsValue() ? "callWithin" : "runWithin";
      return CodeBlock.of("runtime.$L($LL, $S, $T.class, $L, $N, $N)",
          method, timeout.getAsLong(), of.name(), hook.type(), reference(hook, field), value, context);
    }

    /** {@code hook::handle}, or a lambda for a hook that does not take the context. */
    private CodeBlock reference(Hook hook, String field) {
      return hook.takesContext()
          ? CodeBlock.of("$L::handle", field)
          : CodeBlock.of("($N, $N) -> $L.handle($N)", lambdaEntity, lambdaContext, field, lambdaEntity);
    }
  }
}
