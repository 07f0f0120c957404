package com.acme.desk;
@dev.hookwire.annotations.EventCatalog
public interface OtherHooks {
  @dev.hookwire.annotations.AfterEvent void afterTicketOpen(String t, dev.hookwire.runtime.HookContext c);
}
