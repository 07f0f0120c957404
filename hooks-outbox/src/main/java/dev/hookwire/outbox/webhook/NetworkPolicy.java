package dev.hookwire.outbox.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where webhooks may go. By default only {@code https://} to public addresses: an endpoint whose
 * host resolves to a loopback, private (RFC 1918, carrier-grade NAT, IPv6 unique-local),
 * link-local (cloud metadata: 169.254.169.254), wildcard or multicast address is refused, so that
 * whoever configures an endpoint cannot make the service call its own network.
 *
 * <p>The check runs before each delivery, on every address the host resolves to. A host whose DNS
 * answer changes between the check and the connection (DNS rebinding) is not caught.
 *
 * @param allowHttp whether {@code http://} URLs are allowed
 * @param allowLoopback whether loopback addresses (127.0.0.0/8, ::1) are allowed
 * @param allowPrivate whether private and link-local addresses are allowed
 */
public record NetworkPolicy(boolean allowHttp, boolean allowLoopback, boolean allowPrivate) {
  /** https:// to public addresses only. */
  public static final NetworkPolicy PUBLIC_HTTPS = new NetworkPolicy(false, false, false);

  /** For tests and local development: http:// and loopback allowed, other private networks not. */
  public static final NetworkPolicy LOCAL_DEVELOPMENT = new NetworkPolicy(true, true, false);

  /**
   * Checks a URL before a request.
   *
   * @throws IllegalArgumentException if refused, saying why and which option allows it
   * @throws UnknownHostException if the host does not resolve (a delivery retries)
   */
  public void check(URI url) throws UnknownHostException {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && !allowHttp) {
      throw new IllegalArgumentException(
          url + ": http:// is not allowed (NetworkPolicy.allowHttp)");
    }
    for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
      if (address.isLoopbackAddress()) {
        if (!allowLoopback) {
          throw new IllegalArgumentException(url + " resolves to the loopback address "
              + address.getHostAddress() + " (NetworkPolicy.allowLoopback)");
        }
      } else if (isPrivate(address) && !allowPrivate) {
        throw new IllegalArgumentException(
            url + " resolves to the private, link-local or special address "
                + address.getHostAddress() + " (NetworkPolicy.allowPrivate)");
      }
    }
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return first == 0 // "this network"
        || (first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10, carrier-grade NAT
        || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // 192.0.0.0/24, IETF protocol
        || first >= 240; // reserved and broadcast
  }
}
