package com.serviceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.server.ServerWebExchange;
import reactor.util.context.Context;

/** The users mode's login as the filter chain builds it, without a server. */
class ConfiguredUsersTest {

    final SecurityConfiguration configuration = new SecurityConfiguration();
    final String bcryptOfSecret = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("secret");
    final SecurityProperties properties = new SecurityProperties(SecurityProperties.Mode.USERS, List.of(
            new SecurityProperties.User("agent", "{noop}agent", List.of("AGENT"), "zhou-min", List.of("demo-tangshan")),
            new SecurityProperties.User("admin", bcryptOfSecret, List.of("ADMIN", "AUDITOR"), null, List.of("*"))),
            new SecurityProperties.Jwt("roles", "preferred_username", "staff_id", "units"), "ServiceLedger");
    final ConfiguredUsers users = configuration.serviceLedgerUsers(properties);
    final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 1000, Duration.ofMinutes(5), Duration.ofMinutes(1), 100), clock);
    /** Every stored password the login checked a presented one against. */
    final List<String> checkedAgainst = new CopyOnWriteArrayList<>();
    final ReactiveAuthenticationManager login = login();

    ReactiveAuthenticationManager login() {
        PasswordEncoder encoder = configuration.passwordEncoder();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return encoder.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                checkedAgainst.add(encodedPassword);
                return encoder.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return encoder.upgradeEncoding(encodedPassword);
            }
        };
        return new BasicLogin(users, counting, throttle);
    }

    Authentication logIn(String name, String password, String address) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me")
                .remoteAddress(new InetSocketAddress(address, 40000)));
        return login.authenticate(new UsernamePasswordAuthenticationToken(name, password))
                .contextWrite(Context.of(ServerWebExchange.class, exchange)).block();
    }

    @Test
    void anUnknownNamePaysTheSameBcryptCheckAsAKnownOneAndIsRefusedEvenWithThatPassword() {
        assertThatThrownBy(() -> logIn("ghost", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn("admin", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        // the reference hash is admin's: its password, under an unknown name, is still no login
        assertThatThrownBy(() -> logIn("ghost", "secret", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);

        assertThat(checkedAgainst).containsExactly(bcryptOfSecret, bcryptOfSecret, bcryptOfSecret);
    }

    @Test
    void afterTheMaxFailuresANameIsRefusedUncheckedEvenWithItsPasswordUntilTheLockoutEnds() {
        for (String address : List.of("10.0.0.1", "10.0.0.2", "10.0.0.3")) {
            assertThatThrownBy(() -> logIn("admin", "guess", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        checkedAgainst.clear();

        assertThatThrownBy(() -> logIn("admin", "secret", "10.0.0.9"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        locked -> assertThat(locked.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(checkedAgainst).as("the password is not checked while locked").isEmpty();
        assertThat(logIn("agent", "agent", "10.0.0.9").getName()).as("another user").isEqualTo("agent");

        clock.advance(Duration.ofMinutes(1));
        assertThat(logIn("admin", "secret", "10.0.0.9").getName()).isEqualTo("admin");
    }

    @Test
    void aClientAddressIsLockedByItsOwnCountWhateverTheNames() {
        var perAddress = new LoginThrottle(
                new LoginThrottleProperties(1000, 3, Duration.ofMinutes(5), Duration.ofMinutes(1), 100), clock);
        var login = new BasicLogin(users, configuration.passwordEncoder(), perAddress);
        var from = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me")
                .remoteAddress(new InetSocketAddress("10.0.0.7", 40000)));
        var elsewhere = MockServerWebExchange.from(MockServerHttpRequest.get("/api/me")
                .remoteAddress(new InetSocketAddress("10.0.0.8", 40000)));
        for (String name : List.of("a", "b", "c")) {
            assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken(name, "x"))
                    .contextWrite(Context.of(ServerWebExchange.class, from)).block())
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken("agent", "agent"))
                .contextWrite(Context.of(ServerWebExchange.class, from)).block())
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login.authenticate(new UsernamePasswordAuthenticationToken("agent", "agent"))
                .contextWrite(Context.of(ServerWebExchange.class, elsewhere)).block().getName()).isEqualTo("agent");
    }

    @Test
    void aSuccessForgetsTheNamesFailures() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logIn("agent", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        logIn("agent", "agent", "10.0.0.1");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logIn("agent", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn("agent", "agent", "10.0.0.1").getName()).isEqualTo("agent");
    }

    @Test
    void noopAndBcryptPasswordsLogInWithTheirRoles() {
        var agent = login.authenticate(new UsernamePasswordAuthenticationToken("agent", "agent")).block();
        var admin = login.authenticate(new UsernamePasswordAuthenticationToken("admin", "secret")).block();

        assertThat(agent.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AGENT");
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_AUDITOR");
        assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken("admin", "admin")).block())
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aLoginNeverRehashesTheConfiguredPassword() {
        // Spring's default would replace {noop} by a fresh bcrypt hash on every login: a hash per request
        login.authenticate(new UsernamePasswordAuthenticationToken("agent", "agent")).block();

        assertThat(users.findByUsername("agent").block().getPassword()).isEqualTo("{noop}agent");
    }

    @Test
    void aConfiguredUserIsTheirStaffMemberWithinTheirScope() {
        var agent = StaffUser.of(login.authenticate(new UsernamePasswordAuthenticationToken("agent", "agent")).block());
        var admin = StaffUser.of(login.authenticate(new UsernamePasswordAuthenticationToken("admin", "secret")).block());

        assertThat(agent).isEqualTo(new StaffUser("agent", "zhou-min", List.of("AGENT"), Scope.of(List.of("demo-tangshan"))));
        assertThat(agent.scope().covers("demo-tangshan", "dept-sales")).isTrue();
        assertThat(agent.scope().covers("demo-kashgar", null)).isFalse();
        assertThat(admin.staffId()).isNull();
        assertThat(admin.scope()).isEqualTo(Scope.GROUP);
    }

    @Test
    void aMalformedScopeEntryIsAConfigurationError() {
        var typo = new SecurityProperties(SecurityProperties.Mode.USERS,
                List.of(new SecurityProperties.User("x", "{noop}x", List.of("AGENT"), "x", List.of("demo tangshan"))),
                new SecurityProperties.Jwt("roles", "preferred_username", "staff_id", "units"), "ServiceLedger");

        assertThatThrownBy(() -> configuration.serviceLedgerUsers(typo))
                .hasMessageContaining("user x: scope entry 'demo tangshan'");
    }

    @Test
    void anUnknownRoleIsAConfigurationError() {
        var typo = new SecurityProperties(SecurityProperties.Mode.USERS,
                List.of(new SecurityProperties.User("x", "{noop}x", List.of("SUPERVISOR"), null, List.of())),
                new SecurityProperties.Jwt("roles", "preferred_username", "staff_id", "units"), "ServiceLedger");

        assertThatThrownBy(() -> configuration.serviceLedgerUsers(typo)).hasMessageContaining("unknown role SUPERVISOR");
    }
}
