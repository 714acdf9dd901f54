package com.serviceledger.query.console;

import com.serviceledger.platform.security.SecurityProperties;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * How the console signs a user in: its own form against the configured users ({@code users} mode), or the
 * OpenID Connect provider that issues the API's tokens ({@code jwt} mode with a client registration under
 * {@code spring.security.oauth2.client.registration}); with neither, the console cannot sign anyone in.
 */
@Component
class ConsoleSignIn {

    /** Where Spring Security starts the provider's sign-in for a registration. */
    static final String PROVIDER_START = "/oauth2/authorization/";

    enum Kind { FORM, PROVIDER, NONE }

    private final Kind kind;
    private final ClientRegistration provider;

    ConsoleSignIn(SecurityProperties security, ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        this.provider = security.mode() == SecurityProperties.Mode.JWT ? first(registrations) : null;
        this.kind = security.mode() == SecurityProperties.Mode.USERS ? Kind.FORM
                : provider != null ? Kind.PROVIDER : Kind.NONE;
    }

    Kind kind() {
        return kind;
    }

    /** The provider's registration in jwt mode, when there is one. */
    Optional<ClientRegistration> provider() {
        return Optional.ofNullable(provider);
    }

    /** The console signs in through the first registration (Spring Boot's repository keeps them in order). */
    private static ClientRegistration first(ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        ReactiveClientRegistrationRepository repository = registrations.getIfAvailable();
        if (!(repository instanceof Iterable<?> all)) {
            return null;
        }
        return StreamSupport.stream(all.spliterator(), false)
                .filter(ClientRegistration.class::isInstance).map(ClientRegistration.class::cast)
                .findFirst().orElse(null);
    }
}
