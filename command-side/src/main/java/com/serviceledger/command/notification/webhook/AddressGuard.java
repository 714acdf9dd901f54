package com.serviceledger.command.notification.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF guard of webhook URLs: {@code https} only, and a host whose every address is a public one (not
 * loopback, link-local, private, unique-local, unspecified or multicast), so that a subscription cannot make the
 * server post into its own network. Checked when a subscription is made and again before every send, since what a
 * name resolves to may change. With {@code allow-private-addresses} (tests, the demo) anything {@code http(s)}
 * passes unresolved.
 *
 * <p>A name that resolves differently between this check and the connection (DNS rebinding within seconds) is not
 * caught; redirects are never followed, so a public receiver cannot bounce a delivery inwards.
 */
public class AddressGuard {

    /** Why a URL is refused; {@code unresolved}: its host has no address now, which may pass later. */
    public record Refusal(String reason, boolean unresolved) {
    }

    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Empty when the URL may be posted to now. */
    public Optional<Refusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return refused("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return refused(allowPrivate ? "must be an http or https URL" : "must be an https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            // credentials in the URL would be shown wherever the subscription is listed
            return refused("must not carry user credentials; the signature authenticates the sender");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("host " + host + " does not resolve", true));
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return refused("host " + host + " resolves to a loopback, link-local, private or otherwise "
                        + "internal address (" + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    /** Not the machine itself, its link, a private network, nowhere or a group. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses: IPv6's private networks
            return (bytes[0] & 0xfe) != 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0.0.0.0/8 ("this network"), 100.64.0.0/10 (carrier-grade NAT), 255.255.255.255 (broadcast)
        return first != 0 && !(first == 100 && second >= 64 && second < 128)
                && !(first == 255 && second == 255 && (bytes[2] & 0xff) == 255 && (bytes[3] & 0xff) == 255);
    }

    private static Optional<Refusal> refused(String reason) {
        return Optional.of(new Refusal(reason, false));
    }
}
