/**
 * What the dispatch benchmark's hooks share: the sink their work writes to, the interfaces the
 * hand-written loop calls them through, and the event objects the event buses carry. Not a hooks
 * package: nothing here is wired.
 */
package dev.hookwire.bench.support;
