package dev.hookwire.bench.startup;

import dev.hookwire.bench.fixtures.StartupFixture;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;

/**
 * A Spring component scan of the hooks package into an application context: every class there
 * becomes a singleton bean (the hooks carry no Spring annotation, so the scan includes them all
 * with a filter), the context is refreshed, and each bean's {@code handle} method is looked up.
 */
public final class SpringStartup {
  private SpringStartup() {}

  /** The wiring, and the context that holds the hooks (close it when done). */
  public record Started(AnnotationConfigApplicationContext context, ScannedHooks hooks)
      implements AutoCloseable {
    @Override
    public void close() {
      context.close();
    }
  }

  public static Started start(StartupFixture fixture) throws ReflectiveOperationException {
    String hooksPackage = fixture.sources().hooksPackage();
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.setClassLoader(fixture.newLoader(fixture.plainJar()));
    ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
    scanner.addIncludeFilter((metadataReader, metadataReaderFactory) -> true);
    scanner.scan(hooksPackage);
    context.refresh();
    ScannedHooks hooks = new ScannedHooks();
    for (String name : context.getBeanDefinitionNames()) {
      BeanDefinition definition = context.getBeanDefinition(name);
      String className = definition.getBeanClassName();
      if (className != null && className.startsWith(hooksPackage + ".")) {
        hooks.add(context.getBean(name));
      }
    }
    return new Started(context, hooks);
  }
}
