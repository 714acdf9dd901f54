package com.serviceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The users mode's login as the filter chain builds it, without a server. */
class ConfiguredUsersTest {

    final SecurityConfiguration configuration = new SecurityConfiguration();
    final String bcryptOfSecret = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("secret");
    final SecurityProperties properties = new SecurityProperties(SecurityProperties.Mode.USERS, List.of(
            new SecurityProperties.User("agent", "{noop}agent", List.of("AGENT"), "zhou-min", List.of("demo-tangshan")),
            new SecurityProperties.User("admin", bcryptOfSecret, List.of("ADMIN", "AUDITOR"), null, List.of("*"))),
            new SecurityProperties.Jwt("roles", "preferred_username", "staff_id", "units"), "ServiceLedger");
    final ConfiguredUsers users = configuration.serviceLedgerUsers(properties);
    final UserDetailsRepositoryReactiveAuthenticationManager login = login();

    UserDetailsRepositoryReactiveAuthenticationManager login() {
        var manager = new UserDetailsRepositoryReactiveAuthenticationManager(users);
        manager.setPasswordEncoder(configuration.passwordEncoder());
        return manager;
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
