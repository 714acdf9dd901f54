package com.serviceledger.command.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard, with a resolver of its own so that no test depends on the network's DNS. */
class AddressGuardTest {

    static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.215.14",
            "internal.example.com", "10.1.2.3", "mixed.example.com", "93.184.215.14,192.168.1.5",
            "v6.example.com", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "ula.example.com", "fd12:3456:789a::1");

    final AddressGuard strict = new AddressGuard(false, AddressGuardTest::resolve);
    final AddressGuard lenient = new AddressGuard(true, host -> {
        throw new AssertionError("allow-private-addresses resolves nothing: " + host);
    });

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.8.9.10/hook", "https://10.0.0.1/hook",
            "https://172.16.0.1/hook", "https://172.31.255.255/hook", "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://[fe80::1]/hook",
            "https://[fc00::1]/hook", "https://[fd00::5]/hook", "https://0.0.0.0/hook", "https://[::]/hook",
            "https://224.0.0.1/hook", "https://[ff02::1]/hook", "https://100.64.0.1/hook",
            "https://[::ffff:127.0.0.1]/hook", "https://localhost/hook", "https://internal.example.com/hook",
            "https://mixed.example.com/hook", "https://ula.example.com/hook"})
    void internalAddressesAreRefused(String url) {
        assertThat(strict.check(url)).as(url).hasValueSatisfying(refusal -> {
            assertThat(refusal.unresolved()).isFalse();
            assertThat(refusal.reason()).contains("internal address");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/hook", "ftp://hooks.example.com/hook", "file:///etc/passwd",
            "hooks.example.com/hook", "https:///hook", "not a url", "https://user:pw@hooks.example.com/hook",
            "gopher://127.0.0.1:25/"})
    void onlyHttpsUrlsWithAHostAndNoCredentialsPass(String url) {
        assertThat(strict.check(url)).as(url).isPresent();
    }

    @Test
    void publicHttpsUrlsPass() {
        assertThat(strict.check("https://hooks.example.com/serviceledger?team=ops")).isEmpty();
        assertThat(strict.check("https://HOOKS.example.com:8443/x")).isEmpty();
        assertThat(strict.check("https://93.184.215.14/hook")).isEmpty();
        assertThat(strict.check("https://v6.example.com/hook")).isEmpty();
        assertThat(strict.check("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")).isEmpty();
    }

    @Test
    void aHostThatDoesNotResolveIsRefusedAsUnresolved() {
        assertThat(strict.check("https://nowhere.example.com/hook"))
                .hasValueSatisfying(refusal -> assertThat(refusal.unresolved()).isTrue());
    }

    @Test
    void theAllowPrivateSettingLetsHttpAndInternalAddressesThrough() {
        for (String url : new String[] {"http://127.0.0.1:8089/hook", "https://10.0.0.1/hook",
                "http://192.168.1.1/hook", "http://[::1]:9000/hook", "http://localhost/hook"}) {
            assertThat(lenient.check(url)).as(url).isEmpty();
        }
        assertThat(lenient.check("ftp://127.0.0.1/hook")).isPresent();
        assertThat(lenient.check("file:///etc/passwd")).isPresent();
    }

    private static InetAddress[] resolve(String name) throws UnknownHostException {
        String host = name.toLowerCase(java.util.Locale.ROOT);
        if (host.equals("localhost")) {
            return new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")};
        }
        String known = DNS.get(host);
        if (known == null) {
            // literals resolve to themselves, without DNS
            if (host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        String[] parts = known.split(",");
        InetAddress[] addresses = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            addresses[i] = InetAddress.getByAddress(host, InetAddress.getByName(parts[i]).getAddress());
        }
        return addresses;
    }
}
