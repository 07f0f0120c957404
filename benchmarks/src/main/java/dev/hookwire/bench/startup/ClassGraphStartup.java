package dev.hookwire.bench.startup;

import dev.hookwire.bench.fixtures.StartupFixture;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

/**
 * A ClassGraph scan of the hooks package, then reflective instantiation of every class found and
 * lookup of its {@code handle} method. The scan covers only the hooks jar (not the application's
 * whole class path), which is the most favourable set-up for ClassGraph.
 */
public final class ClassGraphStartup {
  private ClassGraphStartup() {}

  public static ScannedHooks start(StartupFixture fixture) throws ReflectiveOperationException {
    ClassLoader loader = fixture.newLoader(fixture.plainJar());
    ScannedHooks hooks = new ScannedHooks();
    try (ScanResult scan = new ClassGraph()
        .overrideClassLoaders(loader)
        .ignoreParentClassLoaders()
        .enableClassInfo()
        .acceptPackagesNonRecursive(fixture.sources().hooksPackage())
        .scan()) {
      for (ClassInfo info : scan.getAllStandardClasses()) {
        hooks.add(info.loadClass().getDeclaredConstructor().newInstance());
      }
    }
    return hooks;
  }
}
