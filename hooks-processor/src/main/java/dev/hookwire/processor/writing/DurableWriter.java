package dev.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.hookwire.processor.writing.WiringPlan.HookRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code durableHooks()} for a wiring with {@code @Durable} hooks (which then implements
 * {@code DurableWiring}): each created durable hook with its entity class and a call of its
 * {@code handle}, for the outbox's workers. No reflection: the call is a method reference.
 */
final class DurableWriter {
  private DurableWriter() {}

  /** Whether the wiring has a durable hook, {@code @Disabled} or not. */
  static boolean hasDurable(WiringPlan plan) {
    return plan.hooks.stream().anyMatch(r -> r.hook().durable());
  }

  static void addTo(TypeSpec.Builder type, WiringPlan plan) {
    if (!hasDurable(plan)) {
      return;
    }
    List<HookRef> durable =
        plan.hooks.stream().filter(r -> r.hook().durable() && r.enabled()).toList();
    NameAllocator locals = new NameAllocator();
    locals.newName(plan.dispatchField);
    if (plan.allField != null) {
      locals.newName(plan.allField);
    }
    String hooks = locals.newName("hooks");
    String entity = locals.newName("hookEntity");
    String context = locals.newName("hookContext");
    TypeName list = ParameterizedTypeName.get(
        ClassName.get(List.class),
        ParameterizedTypeName.get(
            GeneratedNames.DURABLE_HOOK, WildcardTypeName.subtypeOf(Object.class)));
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T $N = new $T<>($L)", list, hooks, ArrayList.class, durable.size());
    for (HookRef ref : durable) {
      // Every hook created, whatever is switched off now: a recorded event is delivered.
      String hook = plan.allField + "." + ref.field();
      CodeBlock call = ref.hook().takesContext()
          ? CodeBlock.of("$L::handle", hook)
          : CodeBlock.of("($N, $N) -> $L.handle($N)", entity, context, hook, entity);
      body.beginControlFlow("if ($L != null)", hook)
          .addStatement(
              "$N.add($N.durable($L,$W$T.class,$W$L))",
              hooks,
              plan.dispatchField,
              ref.site(),
              ref.event().entity(),
              call)
          .endControlFlow();
    }
    body.addStatement("return $T.unmodifiableList($N)", Collections.class, hooks);
    type.addMethod(MethodSpec.methodBuilder(GeneratedNames.DURABLE_HOOKS)
        .addJavadoc(
            "The {@code @Durable} hooks this wiring created, for the workers that deliver their\n")
        .addJavadoc("recorded events after commit.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(list)
        .addCode(body.build())
        .build());
  }
}
