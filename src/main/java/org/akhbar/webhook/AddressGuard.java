package org.akhbar.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being turned against the site's own network: an address is refused when
 * its host resolves to any loopback, private, link-local, unique-local, shared (carrier-grade NAT),
 * multicast or unspecified address, unless an administrator allowed private addresses for that
 * webhook. Checked when a webhook is registered and again before every attempt, since a name can
 * resolve elsewhere later. Between that check and the connection a name could still change (DNS
 * rebinding within seconds); the sender follows no redirects, which closes the easier way round.
 */
@Component
class AddressGuard {

    static final int URL_MAX = 2000;

    /** Why an address is refused: a message key of the UI bundle. */
    Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = url == null || url.length() > URL_MAX ? null : new URI(url.strip());
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of("webhooks.error.url");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("webhooks.error.url-unresolved");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    return Optional.of("webhooks.error.url-private");
                }
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                     // "this network"
                    || (first == 100 && second >= 64 && second < 128)   // shared address space (RFC 6598)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)   // IETF protocol assignments
                    || first >= 240;                              // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;                                      // unique local fc00::/7
            }
            boolean mapped = true;                                // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}
