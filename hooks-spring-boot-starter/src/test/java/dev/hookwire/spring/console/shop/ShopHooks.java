package dev.hookwire.spring.console.shop;

import dev.hookwire.annotations.AfterEvent;
import dev.hookwire.annotations.BeforeEvent;
import dev.hookwire.annotations.EventCatalog;
import dev.hookwire.runtime.HookContext;

/**
 * The console tests' own catalog, so their hooks package (with a versioned hook) stays out of the
 * other tests' catalogs.
 */
@EventCatalog
public interface ShopHooks {
  @BeforeEvent
  Order beforeOrderPlace(Order order, HookContext ctx);

  @AfterEvent
  void afterOrderPlace(Order order, HookContext ctx);
}
