package dev.hookwire.spring;

import dev.hookwire.runtime.internal.Closest;
import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one bean per generated wiring that {@link Wirings} finds, named by the wiring's class
 * name, of the wiring's class (so injectable by it and by each catalog interface it implements),
 * and constructed by constructor autowiring with the {@code HookRuntime} bean (and the {@code
 * HookDependencies} bean, when its hooks take constructor arguments). Also registers the
 * {@link Wirings} themselves, for the runtime, the metrics and the endpoint.
 *
 * <p>When several hooks packages implement one catalog, the one named by {@code hookwire.primary}
 * is the {@linkplain RootBeanDefinition#setPrimary primary} bean; without it, injecting the
 * catalog interface fails startup as Spring fails for any two beans of one type, and {@link
 * AmbiguousCatalogFailureAnalyzer} names both wirings and the fixes: that property, or injecting
 * each wiring by its class.
 */
final class WiringRegistrar
    implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanClassLoaderAware {
  static final String WIRINGS_BEAN = "hookwireWirings";
  static final String PRIMARY = "hookwire.primary";

  private Environment environment;
  private ClassLoader classLoader;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata importing, BeanDefinitionRegistry registry) {
    Wirings wirings = Wirings.find(classLoader);
    RootBeanDefinition index = new RootBeanDefinition(Wirings.class, () -> wirings);
    index.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
    registry.registerBeanDefinition(WIRINGS_BEAN, index);

    String primary = Binder.get(environment).bind(PRIMARY, String.class).orElse(null);
    List<String> packages =
        wirings.all().stream().map(Wirings.Wiring::hooksPackage).toList();
    if (primary != null && !packages.contains(primary)) {
      throw new InvalidConfigurationPropertyValueException(
          PRIMARY,
          primary,
          "it names no hooks package with a" + " wiring" + didYouMean(primary, packages)
              + "; set it to one of " + packages);
    }
    for (Wirings.Wiring wiring : wirings.all()) {
      String name = wiring.type().getName();
      if (registry.containsBeanDefinition(name)) {
        continue; // the application declared this wiring itself
      }
      RootBeanDefinition bean = new RootBeanDefinition(wiring.type());
      // Its one constructor: (HookRuntime), or (HookRuntime, HookDependencies) when its hooks take
      // some.
      bean.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
      bean.setPrimary(wiring.hooksPackage().equals(primary));
      registry.registerBeanDefinition(name, bean);
    }
  }

  /** {@code " (did you mean X?)"}, or nothing when there is no candidate. */
  private static String didYouMean(String wanted, java.util.Collection<String> candidates) {
    return Closest.to(wanted, candidates)
        .map(best -> " (did you mean " + best + "?)")
        .orElse("");
  }
}
