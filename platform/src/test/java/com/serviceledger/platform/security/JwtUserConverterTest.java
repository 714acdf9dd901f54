package com.serviceledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtUserConverterTest {

    static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.parse("2026-04-01T00:00:00Z")).expiresAt(Instant.parse("2026-04-01T01:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }

    static List<String> authorities(String rolesClaim, Map<String, Object> claims) {
        var token = new JwtUserConverter(new SecurityProperties.Jwt(rolesClaim, "preferred_username", "staff_id", "units"))
                .convert(jwt(claims)).block();
        return token.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void rolesFromATopLevelListBecomeUppercaseRoleAuthorities() {
        assertThat(authorities("roles", Map.of("sub", "u", "roles", List.of("agent", "quality-supervisor"))))
                .containsExactly("ROLE_AGENT", "ROLE_QUALITY_SUPERVISOR");
    }

    @Test
    void aDottedPathReadsNestedClaims() {
        assertThat(authorities("realm_access.roles",
                Map.of("sub", "u", "realm_access", Map.of("roles", List.of("Handler", "AUDITOR")))))
                .containsExactly("ROLE_HANDLER", "ROLE_AUDITOR");
    }

    @Test
    void aClaimWhoseNameHasDotsIsReadAsItIsAndAStringIsSplit() {
        assertThat(authorities("https://serviceledger.example/roles",
                Map.of("sub", "u", "https://serviceledger.example/roles", "analyst admin")))
                .containsExactly("ROLE_ANALYST", "ROLE_ADMIN");
    }

    @Test
    void noRolesClaimMeansNoRoles() {
        assertThat(authorities("realm_access.roles", Map.of("sub", "u", "realm_access", "not an object"))).isEmpty();
        assertThat(authorities("roles", Map.of("sub", "u"))).isEmpty();
    }

    @Test
    void theNameIsThePrincipalClaimElseTheSubject() {
        var converter = new JwtUserConverter(new SecurityProperties.Jwt("roles", "preferred_username", "staff_id", "units"));
        assertThat(converter.convert(jwt(Map.of("sub", "f81d", "preferred_username", "li.na"))).block().getName())
                .isEqualTo("li.na");
        assertThat(converter.convert(jwt(Map.of("sub", "f81d"))).block().getName()).isEqualTo("f81d");
    }

    @Test
    void theStaffAndUnitsClaimsMakeTheStaffMemberAndTheScope() {
        var converter = new JwtUserConverter(new SecurityProperties.Jwt("roles", "preferred_username", "staff_id",
                "units"));
        var head = StaffUser.of(converter.convert(jwt(Map.of("sub", "f81d", "preferred_username", "chen.jing",
                "roles", List.of("department_head"), "staff_id", "chen-jing",
                "units", "demo-tangshan/dept-sales demo-tangshan/dept-cs"))).block());
        var auditor = StaffUser.of(converter.convert(jwt(Map.of("sub", "a1", "units", List.of("*")))).block());
        var nobody = StaffUser.of(converter.convert(jwt(Map.of("sub", "n1"))).block());

        assertThat(head.staffId()).isEqualTo("chen-jing");
        assertThat(head.roles()).containsExactly("DEPARTMENT_HEAD");
        assertThat(head.scope().entries()).containsExactly("demo-tangshan/dept-cs", "demo-tangshan/dept-sales");
        assertThat(head.scope().covers("demo-tangshan", "dept-sales")).isTrue();
        assertThat(head.scope().covers("demo-tangshan", "dept-logistics")).isFalse();
        assertThat(head.scope().covers("demo-tangshan", null)).as("a case not yet forwarded").isFalse();
        assertThat(auditor.scope().group()).isTrue();
        assertThat(nobody.staffId()).isNull();
        assertThat(nobody.scope()).as("no claim: nothing, never everything").isEqualTo(Scope.NONE);
    }

    @Test
    void aMalformedUnitsClaimMakesTheTokenInvalid() {
        var converter = new JwtUserConverter(new SecurityProperties.Jwt("roles", "preferred_username", "staff_id",
                "units"));
        assertThatThrownBy(() -> converter.convert(jwt(Map.of("sub", "u", "units", List.of("a/b/c")))).block())
                .isInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class)
                .hasMessageContaining("claim units: scope entry 'a/b/c'");
    }
}
