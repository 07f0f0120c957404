package dev.hookwire.spring.console.shop.hooks;

import dev.hookwire.annotations.Version;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.spring.console.shop.Order;
import dev.hookwire.spring.console.shop.OrderPatch;

/** Version 1, live: at most 10 items an order. */
@Version(value = "1", live = true)
public final class BeforeOrderPlace {
  public OrderPatch handle(Order order) {
    if (order.quantity() > 10) {
      throw new HookRejection("At most 10 items an order.");
    }
    return null;
  }
}
