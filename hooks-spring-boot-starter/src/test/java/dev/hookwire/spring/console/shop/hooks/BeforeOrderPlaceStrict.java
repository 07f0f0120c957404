package dev.hookwire.spring.console.shop.hooks;

import dev.hookwire.annotations.Hook;
import dev.hookwire.annotations.Version;
import dev.hookwire.runtime.HookRejection;
import dev.hookwire.spring.console.shop.Order;
import dev.hookwire.spring.console.shop.OrderPatch;

/** Version 2, dark: at most 3 items an order. */
@Hook("before-order-place")
@Version(value = "2", of = "BeforeOrderPlace")
public final class BeforeOrderPlaceStrict {
  public OrderPatch handle(Order order) {
    if (order.quantity() > 3) {
      throw new HookRejection("At most 3 items an order.");
    }
    return null;
  }
}
