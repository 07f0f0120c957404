package dev.hookwire.it.pocketbase.catalog;

/**
 * PocketBase's app settings, reduced to what hooks look at.
 *
 * @param appName the application name
 * @param appUrl the application URL
 * @param hideControls whether the admin UI hides its collection controls
 * @param senderAddress the address mails are sent from
 */
public record Settings(String appName, String appUrl, boolean hideControls, String senderAddress) {}
