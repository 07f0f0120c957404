package dev.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.hookwire.processor.Names;
import dev.hookwire.processor.model.Event;
import dev.hookwire.processor.model.Hook;
import dev.hookwire.processor.model.InputView;
import dev.hookwire.processor.model.Kind;
import dev.hookwire.processor.writing.EventPlan.Segment;
import dev.hookwire.processor.writing.EventPlan.Slot;
import dev.hookwire.processor.writing.WiringPlan.HookRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes one dispatcher method, as its {@link EventPlan} says, and the helpers it needs. The
 * method checks its arguments and that the runtime is open, then calls each hook in place with its
 * policies: inline hooks directly in a try/catch, with no allocation; only hooks with a time limit
 * or {@code @Async} go through the runtime with a method reference.
 *
 * <p>A before-event's chain stop sets {@code stoppedBy}; every later hook then reports itself
 * skipped, so the code stays linear in the number of hooks.
 */
final class EventMethodWriter {
  private final EventPlan plan;
  private final Event event;
  private final String dispatch;
  private final String entity;
  private final String ctx;
  private final String current;
  private final String patch;
  private final String start;
  private final String error;
  /** The local that holds each virtual event's filter result, by segment; null for the others. */
  private final List<String> holds = new ArrayList<>();

  private final String lambdaEntity;
  private final String lambdaContext;
  private final String stoppedBy;
  /** What the hooks get: the entity, or the current value of a merging chain. */
  private final String value;

  private final List<MethodSpec> helpers = new ArrayList<>();
  /** The snapshot's field and local, and its class (null when the wiring creates no hook). */
  private final String live;

  private final ClassName liveType;
  /** Whether the dispatcher refers to its snapshot, so it must read it. */
  private boolean usesLive;

  EventMethodWriter(WiringPlan wiring, EventPlan plan) {
    this.plan = plan;
    this.event = plan.base;
    this.dispatch = wiring.dispatchField;
    NameAllocator locals = new NameAllocator();
    // No local may shadow a member the method refers to.
    locals.newName(dispatch);
    for (Segment segment : plan.segments) {
      if (segment.filter() != null) {
        locals.newName(segment.filter().field());
      }
    }
    this.live = wiring.liveField;
    locals.newName(live);
    this.liveType = wiring.switchable
        ? ClassName.get(wiring.wiring.packageName(), GeneratedNames.WIRING, wiring.liveType)
        : null;
    this.entity = locals.newName(event.parameter());
    this.ctx = locals.newName("ctx");
    this.current = locals.newName("current");
    this.patch = locals.newName("patch");
    this.start = locals.newName("start");
    this.error = locals.newName("e");
    for (Segment segment : plan.segments) {
      holds.add(
          segment.filter() == null
              ? null
              : locals.newName(Names.camel(segment.event().name()) + "Holds"));
    }
    this.lambdaEntity = locals.newName("hookEntity");
    this.lambdaContext = locals.newName("hookContext");
    this.stoppedBy = locals.newName("stoppedBy");
    this.value = plan.merges ? current : entity;
  }

  /**
   * The hook of {@code ref} in this dispatch's snapshot: {@code live.afterLogin}. The method reads
   * the wiring's volatile snapshot field once, into a local of the same name, and hands it to its
   * helpers, so that one dispatch runs with one state of the live switches.
   */
  private String hook(HookRef ref) {
    usesLive = true;
    return live + "." + ref.field();
  }

  void addTo(TypeSpec.Builder type) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(event.method())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(event.entity(), entity)
        .addParameter(GeneratedNames.HOOK_CONTEXT, ctx);
    if (event.kind() != Kind.AFTER) {
      method.returns(event.entity());
    }
    if (!event.entity().isPrimitive()) {
      method.addStatement("$T.requireNonNull($N, $S)", Objects.class, entity, entity);
    }
    CodeBlock.Builder body = CodeBlock.builder();
    for (int i = 0; i < plan.segments.size(); i++) {
      Segment segment = plan.segments.get(i);
      if (segment.filter() == null) {
        body.add(place(segment, segment.parts(), "", calls(segment)));
      } else {
        addVirtual(body, segment, holds.get(i));
      }
    }
    method
        .addStatement("$T.requireNonNull($N, $S)", Objects.class, ctx, ctx)
        .addStatement("$N.open($S)", dispatch, event.name());
    if (usesLive) {
      method.addStatement("$T $N = this.$N", liveType, live, live);
    }
    if (plan.merges) {
      method.addStatement("$T $N = $N", event.entity(), current, entity);
    }
    if (event.kind() == Kind.BEFORE && plan.merges) {
      method.addStatement("$T $N", event.patch().orElseThrow(), patch);
    }
    if (plan.tracksStop) {
      method.addStatement("$T $N = null", String.class, stoppedBy);
    }
    method.addCode(body.build());
    if (event.kind() != Kind.AFTER) {
      method.addStatement("return $N", value);
    }
    type.addMethod(method.build());
    helpers.forEach(type::addMethod);
  }

  /**
   * A virtual event's hooks run when its filter holds. A filter that throws gets the kind's
   * contract: a before-event aborts; otherwise it is reported and its hooks are skipped as when
   * it does not hold.
   */
  private void addVirtual(CodeBlock.Builder body, Segment segment, String holds) {
    String filter = segment.filter().field();
    String site = segment.filter().site();
    CodeBlock.Builder test = CodeBlock.builder()
        .beginControlFlow("try")
        .addStatement("$N = $N.test($N, $N)", holds, filter, value, ctx)
        .nextControlFlow("catch ($T $N)", Throwable.class, error);
    if (event.kind() == Kind.BEFORE) {
      int next = plan.chainConstant == null ? 0 : segment.slots().get(0).index();
      test.addStatement(
          "throw $N.filterAborted($N,$W$N,$W$L,$W$L)", dispatch, site, error, chain(), next);
    } else {
      test.addStatement("$N.filterFailed($N, $N)", dispatch, site, error);
    }
    test.endControlFlow();
    body.addStatement("boolean $N = false", holds);
    if (segment.stoppedBefore()) { // before-events only, which are never in parts
      body.beginControlFlow("if ($N == null)", stoppedBy).add(test.build()).endControlFlow();
      body.beginControlFlow("if ($N != null)", stoppedBy);
      skipAll(segment, CodeBlock.of("$N", stoppedBy)).forEach(body::add);
      body.nextControlFlow("else if ($N)", holds);
    } else {
      body.add(test.build()).beginControlFlow("if ($N)", holds);
    }
    body.add(place(segment, segment.parts(), "", calls(segment)));
    String notHeld = "filter " + segment.filter().type().simpleName() + " does not hold";
    // Only a tracing listener hears skips: one test instead of a no-op report per hook, which
    // the JIT does not remove (8 of them cost 1.5 ns, a quarter of an 8-hook after-event).
    body.nextControlFlow("else if ($N.traces())", dispatch)
        .add(place(
            segment,
            segment.skippedParts(),
            ", reported skipped: the " + notHeld,
            skipAll(segment, CodeBlock.of("$S", notHeld))))
        .endControlFlow();
  }

  /** The chain constant, or an empty list for a chain of one. */
  private CodeBlock chain() {
    return plan.chainConstant == null
        ? CodeBlock.of("$T.of()", List.class)
        : CodeBlock.of("$N", plan.chainConstant);
  }

  /** Where in {@link #chain()} the hooks after {@code index} start. */
  private int after(int index) {
    return plan.chainConstant == null ? 0 : index + 1;
  }

  /**
   * {@code blocks} (one per hook of {@code segment}) in place, or in the helper methods {@code
   * parts} of at most {@link Limits#HOOKS_PER_METHOD} each, whose Javadoc says what they do with
   * {@code what}.
   */
  private CodeBlock place(
      Segment segment, List<String> parts, String what, List<CodeBlock> blocks) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (!plan.inParts) {
      blocks.forEach(code::add);
      return code.build();
    }
    Event of = segment.event();
    int from = segment.slots().isEmpty() ? 0 : segment.slots().get(0).index();
    for (int i = 0; i < parts.size(); i++) {
      String name = parts.get(i);
      List<CodeBlock> part = blocks.subList(
          i * Limits.HOOKS_PER_METHOD, Math.min(blocks.size(), (i + 1) * Limits.HOOKS_PER_METHOD));
      int first = from + i * Limits.HOOKS_PER_METHOD + 1;
      MethodSpec.Builder helper = MethodSpec.methodBuilder(name)
          .addJavadoc(
              "Hooks $L to $L of {@link #$L}, in run order$L$L.\n",
              first,
              first + part.size() - 1,
              event.method(),
              of == event ? "" : " (" + of.name() + ")",
              what)
          .addJavadoc(
              "A method of more than $L hooks would be too large for the JIT compiler,\n",
              Limits.HOOKS_PER_METHOD)
          .addJavadoc("so they are in parts.\n")
          .addModifiers(Modifier.PRIVATE)
          .addParameter(liveType, live)
          .addParameter(event.entity(), value)
          .addParameter(GeneratedNames.HOOK_CONTEXT, ctx);
      part.forEach(helper::addCode);
      usesLive = true;
      if (event.kind() == Kind.TRANSFORM) {
        helper.returns(event.entity()).addStatement("return $N", value);
        code.addStatement("$N = $N($N, $N, $N)", value, name, live, value, ctx);
      } else {
        code.addStatement("$N($N, $N, $N)", name, live, value, ctx);
      }
      helpers.add(helper.build());
    }
    return code.build();
  }

  /**
   * One block per hook of {@code segment}: its call with its policies, or why it does not run. The
   * enabled {@code @Durable} hooks are recorded together, in one event, where the first of them
   * would run; the block of each other one is empty.
   */
  private List<CodeBlock> calls(Segment segment) {
    List<CodeBlock> blocks = new ArrayList<>();
    List<HookRef> durable = segment.slots().stream()
        .map(Slot::ref)
        .filter(r -> r.enabled() && r.hook().durable())
        .toList();
    for (Slot slot : segment.slots()) {
      HookRef ref = slot.ref();
      if (ref.enabled() && ref.hook().durable()) {
        blocks.add(
            ref == durable.get(0)
                ? CodeBlock.builder()
                    .addStatement(
                        "$N.record($N, $N,$W$T.of($L),$W$L)",
                        dispatch,
                        value,
                        ctx,
                        List.class,
                        durable.stream()
                            .map(r -> CodeBlock.of("$L", r.site()))
                            .collect(CodeBlock.joining(",$W")),
                        durable.stream()
                            .map(r -> CodeBlock.of("$L", hook(r)))
                            .collect(CodeBlock.joining(",$W")))
                    .build()
                : CodeBlock.of(""));
        continue;
      }
      if (!ref.enabled()) {
        blocks.add(CodeBlock.builder()
            .addStatement("$N.skipped($L)", dispatch, ref.site())
            .build());
        continue;
      }
      Hook hook = ref.hook();
      CodeBlock.Builder code = CodeBlock.builder()
          .beginControlFlow("if ($L == null)", hook(ref))
          .addStatement("$N.skipped($L)", dispatch, ref.site());
      if (slot.mayBeStopped()) {
        code.nextControlFlow("else if ($N != null)", stoppedBy)
            .addStatement("$N.skipped($L, $L, $N)", dispatch, ref.site(), hook(ref), stoppedBy);
      }
      if (!hook.tags().isEmpty()) {
        code.nextControlFlow("else if (!$L.tags().contains($N.tag()))", ref.site(), ctx)
            .addStatement("$N.skippedByTag($L, $N.tag())", dispatch, ref.site(), ctx);
      }
      code.nextControlFlow("else");
      switch (event.kind()) {
        case BEFORE -> code.add(before(slot));
        case AFTER -> code.add(after(slot));
        case TRANSFORM ->
          code.addStatement(
              "$N = $N($N, $N, $N)", current, transformHelper(slot), live, current, ctx);
      }
      blocks.add(code.endControlFlow().build());
    }
    return blocks;
  }

  /** The start of a hook: reported now for an inline hook; a timed one's by the runtime. */
  private CodeBlock started(Slot slot, String local) {
    return slot.hook().timeoutIn(slot.of()).isPresent()
        ? CodeBlock.of("long $N = $N.clock()", local, dispatch)
        : CodeBlock.of("long $N = $N.started($L)", local, dispatch, slot.ref().site());
  }

  private CodeBlock before(Slot slot) {
    HookRef ref = slot.ref();
    Hook hook = ref.hook();
    CodeBlock call = invoke(slot, value, ctx);
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement(started(slot, start))
        .beginControlFlow("try")
        .addStatement(hook.returnsValue() ? CodeBlock.of("$N = $L", patch, call) : call)
        .nextControlFlow("catch ($T $N)", Throwable.class, error)
        .addStatement(
            "throw $N.aborted($L,$W$N,$W$N,$W$L,$W$L)",
            dispatch,
            ref.site(),
            start,
            error,
            chain(),
            after(slot.index()))
        .endControlFlow();
    if (!hook.returnsValue()) {
      return code.addStatement("$N.succeeded($L, $N, null)", dispatch, ref.site(), start)
          .build();
    }
    code.addStatement("$N.succeeded($L, $N, $N)", dispatch, ref.site(), start, patch)
        .beginControlFlow("if ($N != null)", patch)
        .addStatement("$N = $N.applyTo($N)", current, patch, current);
    if (slot.setsStop()) {
      code.beginControlFlow("if ($N.stopsChain())", patch)
          .addStatement("$N = $S", stoppedBy, "chain stopped by " + hook.type().simpleName())
          .endControlFlow();
    }
    return code.endControlFlow().build();
  }

  private CodeBlock after(Slot slot) {
    HookRef ref = slot.ref();
    if (ref.hook().async()) {
      return CodeBlock.builder()
          .addStatement(
              "$N.runAsync($L,$W$L,$W$N,$W$N)", dispatch, ref.site(), reference(ref), value, ctx)
          .build();
    }
    return CodeBlock.builder()
        .addStatement(started(slot, start))
        .beginControlFlow("try")
        .addStatement(invoke(slot, value, ctx))
        .addStatement("$N.succeeded($L, $N, null)", dispatch, ref.site(), start)
        .nextControlFlow("catch ($T $N)", Throwable.class, error)
        .addStatement("$N.afterFailed($L, $N, $N)", dispatch, ref.site(), start, error)
        .endControlFlow()
        .build();
  }

  /**
   * A transform hook gets a helper method, so that each outcome (a failure, a null, a
   * replacement, no change) returns what the chain goes on with.
   */
  private String transformHelper(Slot slot) {
    HookRef ref = slot.ref();
    String method = slot.transformHelper();
    NameAllocator locals = new NameAllocator();
    locals.newName(dispatch);
    locals.newName(live);
    String in = locals.newName("current");
    String context = locals.newName("ctx");
    String input = event.inputView() == InputView.AS_IS ? in : locals.newName("input");
    String result = locals.newName("result");
    String started = locals.newName("start");
    String e = locals.newName("e");
    CodeBlock.Builder body = CodeBlock.builder();
    if (event.inputView() != InputView.AS_IS) {
      body.addStatement(
          "$T $N = $T.$L($N)",
          event.entity(),
          input,
          Collections.class,
          event.inputView().collectionsMethod(),
          in);
    }
    body.addStatement(started(slot, started))
        .addStatement("$T $N", event.entity(), result)
        .beginControlFlow("try")
        .addStatement("$N = $L", result, invoke(slot, input, context))
        .nextControlFlow("catch ($T $N)", Throwable.class, e)
        .addStatement("$N.transformFailed($L, $N, $N)", dispatch, ref.site(), started, e)
        .addStatement("return $N", in)
        .endControlFlow()
        .beginControlFlow("if ($N == null)", result)
        .addStatement("$N.transformReturnedNull($L, $N)", dispatch, ref.site(), started)
        .addStatement("return $N", in)
        .endControlFlow()
        .addStatement("$N.succeeded($L, $N, $N)", dispatch, ref.site(), started, result);
    if (event.inputView() == InputView.AS_IS) {
      body.addStatement("return $N", result);
    } else {
      body.add(
              "// Handing back the read-only view means \"no change\": the caller keeps its own object.\n")
          .addStatement("return $N == $N ? $N : $N", result, input, in, result);
    }
    helpers.add(MethodSpec.methodBuilder(method)
        .addJavadoc(
            "$L",
            JavadocWriter.wrap(
                "Runs {@link " + ref.hook().type().simpleName() + "}: its replacement, or {@code "
                    + in + "} when it fails or returns null.",
                "",
                JavadocWriter.WIDTH - 2))
        .addModifiers(Modifier.PRIVATE)
        .returns(event.entity())
        .addParameter(liveType, live)
        .addParameter(event.entity(), in)
        .addParameter(GeneratedNames.HOOK_CONTEXT, context)
        .addCode(body.build())
        .build());
    return method;
  }

  /** One statement per hook of {@code segment}: skipped for {@code why}, or for its own reason. */
  private List<CodeBlock> skipAll(Segment segment, CodeBlock why) {
    List<CodeBlock> blocks = new ArrayList<>();
    for (Slot slot : segment.slots()) {
      HookRef ref = slot.ref();
      blocks.add(
          ref.enabled()
              ? CodeBlock.builder()
                  .addStatement("$N.skipped($L,$W$L,$W$L)", dispatch, ref.site(), hook(ref), why)
                  .build()
              : CodeBlock.builder()
                  .addStatement("$N.skipped($L)", dispatch, ref.site())
                  .build());
    }
    return blocks;
  }

  /** The hook's call: in place, or through the runtime when it has a time limit. */
  private CodeBlock invoke(Slot slot, String argument, String context) {
    HookRef ref = slot.ref();
    if (slot.hook().timeoutIn(slot.of()).isEmpty()) {
      return slot.hook().takesContext()
          ? CodeBlock.of("$L.handle($N, $N)", hook(ref), argument, context)
          : CodeBlock.of("$L.handle($N)", hook(ref), argument);
    }
    String method = slot.hook().returnsValue() ? "callWithin" : "runWithin";
    return CodeBlock.of(
        "$N.$L($L,$W$L,$W$N,$W$N)",
        dispatch,
        method,
        ref.site(),
        reference(ref),
        argument,
        context);
  }

  /** {@code hook::handle}, or a lambda for a hook that does not take the context. */
  private CodeBlock reference(HookRef ref) {
    return ref.hook().takesContext()
        ? CodeBlock.of("$L::handle", hook(ref))
        : CodeBlock.of(
            "($N, $N) -> $L.handle($N)", lambdaEntity, lambdaContext, hook(ref), lambdaEntity);
  }
}
