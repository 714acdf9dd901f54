package com.serviceledger.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose/compose.yaml against itself, the repository and the apps: what {@code docker compose config} cannot
 * see (it does not know the apps' settings nor whether a health check exists behind {@code service_healthy}).
 */
class ComposeFileTest {

    private final JsonNode compose = Repo.compose();
    private final JsonNode services = compose.path("services");

    @Test
    void every_dependency_is_a_service_and_a_healthy_wait_has_a_health_check() {
        services.properties().forEach(service -> service.getValue().path("depends_on").properties().forEach(dep -> {
            assertThat(services.has(dep.getKey())).as(service.getKey() + " depends on " + dep.getKey()).isTrue();
            if ("service_healthy".equals(dep.getValue().path("condition").asText())) {
                assertThat(hasHealthCheck(dep.getKey()))
                        .as(service.getKey() + " waits for " + dep.getKey() + " to be healthy, which has no health check")
                        .isTrue();
            }
        }));
    }

    @Test
    void every_named_volume_is_declared_and_every_declared_volume_used() {
        Set<String> used = new TreeSet<>();
        services.properties().forEach(service -> service.getValue().path("volumes").forEach(volume -> {
            String source = volume.asText().split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")) {
                used.add(source);
            }
        }));
        Set<String> declared = new TreeSet<>();
        compose.path("volumes").fieldNames().forEachRemaining(declared::add);
        assertThat(declared).isEqualTo(used);
    }

    @Test
    void every_file_mounted_from_the_repository_exists() {
        services.properties().forEach(service -> service.getValue().path("volumes").forEach(volume -> {
            String source = volume.asText().split(":")[0];
            if (source.startsWith(".")) {
                Path path = Repo.COMPOSE_DIR.resolve(source).normalize();
                if (path.startsWith(Repo.ROOT.resolve("deploy/kibana"))) {
                    return; // checked by the Kibana test below
                }
                assertThat(path).as(service.getKey() + " mounts " + source).exists();
            }
        }));
    }

    @Test
    void the_setup_job_runs_the_kibana_import_script_of_the_repository() {
        JsonNode setup = services.path("setup");
        assertThat(setup.path("environment").path("KIBANA_URL").asText()).isEqualTo("http://kibana:5601");
        assertThat(setup.path("volumes").get(0).asText()).isEqualTo("../kibana:/kibana:ro");
        assertThat(setup.path("entrypoint").toString()).contains("/kibana/import.sh");
        assertThat(setup.path("depends_on").path("kibana").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(setup.path("depends_on").path("elasticsearch").path("condition").asText()).isEqualTo("service_healthy");
        // deploy/kibana comes from its own branch: once it is in the tree, the script must be there too
        Path kibana = Repo.ROOT.resolve("deploy/kibana");
        if (Files.isDirectory(kibana.resolve("objects"))) {
            assertThat(kibana.resolve("import.sh")).exists();
        }
    }

    @Test
    void every_build_uses_a_dockerfile_of_the_repository_and_the_root_as_context() {
        for (String app : Repo.APPS) {
            JsonNode build = services.path(app).path("build");
            Path context = Repo.COMPOSE_DIR.resolve(build.path("context").asText()).normalize();
            assertThat(context).as(app + " build context").isEqualTo(Repo.ROOT);
            assertThat(context.resolve(build.path("dockerfile").asText())).exists()
                    .isEqualTo(Repo.DOCKER_DIR.resolve(app + ".Dockerfile"));
            assertThat(services.path(app).path("image").asText()).startsWith("serviceledger/" + app + ":");
        }
    }

    @Test
    void the_apps_get_every_setting_they_cannot_start_without() {
        for (String app : Repo.APPS) {
            JsonNode env = services.path(app).path("environment");
            assertThat(env.path("SPRING_PROFILES_ACTIVE").asText()).as(app).contains("axonserver");
            assertThat(env.path("AXON_SERVER").asText()).isEqualTo("axonserver:8124");
            assertThat(env.path("SPRING_DATASOURCE_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(env.path("SERVICELEDGER_SECURITY_MODE").asText()).isEqualTo("jwt");
            assertThat(env.path("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI").asText())
                    .isEqualTo("http://localhost:" + defaultOf("KEYCLOAK_PORT") + "/realms/serviceledger");
            assertThat(env.path("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI").asText())
                    .startsWith("http://keycloak:8080/realms/serviceledger/");
            for (String key : List.of("SERVICELEDGER_PRIVACY_MASTERKEY", "SERVICELEDGER_PRIVACY_FINGERPRINTKEY",
                    "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")) {
                assertThat(env.path(key).asText()).as(app + " " + key).isNotBlank();
            }
            // the ports the images listen on are the ports published
            assertThat(services.path(app).path("ports").get(0).asText())
                    .endsWith(":" + Repo.appConfig(app).path("server").path("port").asText());
        }
        assertThat(services.path("query-side").path("environment").path("SPRING_ELASTICSEARCH_URIS").asText())
                .isEqualTo("http://elasticsearch:9200");
    }

    @Test
    void every_published_port_binds_to_loopback() {
        services.properties().forEach(service -> service.getValue().path("ports").forEach(port ->
                assertThat(port.asText()).as(service.getKey() + " publishes " + port.asText()).startsWith("127.0.0.1:")));
    }

    /** Notification e-mails go from the command side to Mailpit, whose web UI shows them; the query side sends none. */
    @Test
    void the_command_side_sends_its_notification_e_mails_to_the_mailpit_service() {
        JsonNode env = services.path("command-side").path("environment");
        String host = env.path("SPRING_MAIL_HOST").asText();
        assertThat(host).isEqualTo("mailpit");
        JsonNode mailpit = services.path(host);
        assertThat(mailpit.path("image").asText()).as("a pinned tag").matches("axllent/mailpit:v\\d+\\.\\d+\\.\\d+");
        List<String> ports = new java.util.ArrayList<>();
        mailpit.path("ports").forEach(port -> ports.add(port.asText()));
        assertThat(ports).contains("127.0.0.1:" + env.path("SPRING_MAIL_PORT").asText() + ":1025",
                "127.0.0.1:8025:8025");
        assertThat(services.path("command-side").path("depends_on").has(host)).isTrue();
        assertThat(services.path("query-side").path("environment").has("SPRING_MAIL_HOST")).isFalse();
    }

    @Test
    void the_variable_names_are_the_ones_the_apps_read() {
        String sideConfig = Repo.text(Repo.ROOT.resolve("command-side/src/main/resources/application.yml"))
                + Repo.text(Repo.ROOT.resolve("query-side/src/main/resources/application.yml"));
        assertThat(sideConfig).contains("${AXON_SERVER:");
        String privacy = Repo.text(Repo.ROOT.resolve(
                "platform/src/main/java/com/serviceledger/platform/privacy/PrivacyProperties.java"));
        assertThat(privacy).contains("SERVICELEDGER_PRIVACY_MASTERKEY", "SERVICELEDGER_PRIVACY_FINGERPRINTKEY");
        // relaxed binding of serviceledger.security.jwt.roles-claim etc.
        String security = Repo.text(Repo.ROOT.resolve(
                "platform/src/main/java/com/serviceledger/platform/security/SecurityProperties.java"));
        assertThat(security).contains("\"serviceledger.security\"", "rolesClaim", "principalClaim");
        assertThat(Repo.envName("serviceledger.security.jwt.roles-claim"))
                .isEqualTo("SERVICELEDGER_SECURITY_JWT_ROLESCLAIM");
        // a misspelt variable (SERVICELEDGER_SECURITY_JWT_ROLES_CLAIM) binds to nothing, silently
        Set<String> known = Repo.knownServiceLedgerVariables();
        for (String app : Repo.APPS) {
            services.path(app).path("environment").fieldNames().forEachRemaining(name -> {
                if (name.startsWith("SERVICELEDGER_")) {
                    assertThat(known).as(app + " sets " + name).contains(name);
                }
            });
        }
    }

    @Test
    void the_dev_defaults_in_env_example_match_the_compose_defaults() {
        Map<String, String> example = new java.util.TreeMap<>();
        for (String line : Repo.text(Repo.COMPOSE_DIR.resolve(".env.example")).lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                example.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        Set<String> variables = new HashSet<>();
        Matcher m = VARIABLE.matcher(Repo.text(Repo.COMPOSE_FILE));
        while (m.find()) {
            variables.add(m.group(1));
            assertThat(example).as(".env.example documents ${" + m.group(1) + "}").containsKey(m.group(1));
            assertThat(example.get(m.group(1))).as("default of " + m.group(1)).isEqualTo(m.group(2));
        }
        assertThat(variables).containsAll(example.keySet());
    }

    @Test
    void the_realm_has_the_eight_roles_and_a_demo_user_for_each() {
        JsonNode realm = Repo.json(Repo.COMPOSE_DIR.resolve("keycloak/serviceledger-realm.json"));
        Set<String> roles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertThat(roles).isEqualTo(platformRoles());
        Set<String> granted = new TreeSet<>();
        realm.path("users").forEach(user -> {
            user.path("realmRoles").forEach(role -> granted.add(role.asText()));
            // Keycloak refuses a password grant to a user whose profile misses a required attribute
            assertThat(user.path("email").asText()).as(user.path("username").asText()).isNotBlank();
            assertThat(user.path("firstName").asText()).isNotBlank();
            assertThat(user.path("lastName").asText()).isNotBlank();
        });
        assertThat(granted).isEqualTo(roles);
        assertThat(realm.path("clients").get(0).path("directAccessGrantsEnabled").asBoolean()).isTrue();
        // the issuer-uri the apps check is <KC_HOSTNAME>/realms/<realm>
        assertThat(services.path("keycloak").path("environment").path("KC_HOSTNAME").asText() + "/realms/"
                + realm.path("realm").asText())
                .isEqualTo(services.path("command-side").path("environment")
                        .path("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI").asText());
    }

    /**
     * The web console on the query side signs in through the realm's console client: a public client with PKCE
     * whose redirect address is the query side's published port and registration, whose tokens carry the same
     * staff member and scope as the command line's; and its commands go to the command side.
     */
    @Test
    void the_console_signs_in_through_the_realms_console_client_and_sends_its_commands_to_the_command_side() {
        JsonNode realm = Repo.json(Repo.COMPOSE_DIR.resolve("keycloak/serviceledger-realm.json"));
        JsonNode console = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("serviceledger-console")) {
                console = client;
            }
        }
        assertThat(console).as("the console's client").isNotNull();
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(console.path("protocolMappers")).isEqualTo(realm.path("clients").get(0).path("protocolMappers"));
        JsonNode query = services.path("query-side").path("environment");
        String registration = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_";
        assertThat(query.path(registration + "CLIENTID").asText()).isEqualTo("serviceledger-console");
        assertThat(query.path(registration + "CLIENTAUTHENTICATIONMETHOD").asText()).isEqualTo("none");
        assertThat(console.path("redirectUris").get(0).asText())
                .isEqualTo("http://localhost:8082/login/oauth2/code/keycloak");
        assertThat(services.path("query-side").path("ports").get(0).asText()).endsWith(":8082");
        assertThat(query.path("SERVICELEDGER_CONSOLE_APIURL").asText()).isEqualTo("http://command-side:8081");
        assertThat(services.path("command-side").path("ports").get(0).asText()).endsWith(":8081");
    }

    /**
     * The tokens carry what the apps read as staff member and scope (a token without a scope may do nothing), the
     * same as the standalone's demo users, and only an administrator may set them: a user who could edit their own
     * {@code units} could widen their scope.
     */
    @Test
    void the_realm_gives_every_user_the_demo_users_staff_member_and_scope_which_only_an_administrator_sets() {
        JsonNode realm = Repo.json(Repo.COMPOSE_DIR.resolve("keycloak/serviceledger-realm.json"));
        Map<String, JsonNode> demoUsers = new java.util.HashMap<>();
        Repo.yaml(Repo.ROOT.resolve("deploy/standalone/src/main/resources/application.yml"))
                .path("serviceledger").path("security").path("users")
                .forEach(user -> demoUsers.put(user.path("name").asText(), user));
        realm.path("users").forEach(user -> {
            String name = user.path("username").asText();
            JsonNode demo = demoUsers.get(name);
            assertThat(demo).as("a demo user " + name + " in the standalone").isNotNull();
            assertThat(user.path("attributes").path("units")).as(name + "'s scope").isEqualTo(demo.path("scope"));
            assertThat(user.path("attributes").path("staff_id").path(0).asText(""))
                    .as(name + "'s staff member").isEqualTo(demo.path("staff-id").asText(""));
        });
        Map<String, JsonNode> mappers = new java.util.HashMap<>();
        realm.path("clients").get(0).path("protocolMappers").forEach(m -> mappers.put(m.path("name").asText(), m));
        assertThat(mappers.get("staff_id").path("config").path("claim.name").asText())
                .isEqualTo(claimDefault("staffClaim"));
        assertThat(mappers.get("units").path("config").path("claim.name").asText())
                .isEqualTo(claimDefault("unitsClaim"));
        assertThat(mappers.get("units").path("config").path("multivalued").asText()).isEqualTo("true");
        mappers.values().forEach(m ->
                assertThat(m.path("config").path("access.token.claim").asText()).isEqualTo("true"));
        JsonNode profile = Repo.parse(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asText());
        Map<String, JsonNode> attributes = new java.util.HashMap<>();
        profile.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
        for (String claim : List.of("staff_id", "units")) {
            assertThat(attributes.get(claim).path("permissions").path("edit").toString())
                    .as(claim + " is edited by administrators only").isEqualTo("[\"admin\"]");
        }
        assertThat(profile.has("unmanagedAttributePolicy")).as("no attribute outside the profile").isFalse();
    }

    /** The claim name the apps read by default ({@code serviceledger.security.jwt.*}). */
    private static String claimDefault(String property) {
        Matcher m = Pattern.compile("@DefaultValue\\(\"([^\"]+)\"\\) String " + property).matcher(Repo.text(
                Repo.ROOT.resolve("platform/src/main/java/com/serviceledger/platform/security/SecurityProperties.java")));
        assertThat(m.find()).as(property).isTrue();
        return m.group(1);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");

    private boolean hasHealthCheck(String service) {
        if (services.path(service).has("healthcheck")) {
            return true;
        }
        JsonNode build = services.path(service).path("build");
        return build.has("dockerfile") && Repo.text(Repo.COMPOSE_DIR.resolve(build.path("context").asText())
                .resolve(build.path("dockerfile").asText())).contains("\nHEALTHCHECK ");
    }

    private String defaultOf(String variable) {
        Matcher m = VARIABLE.matcher(Repo.text(Repo.COMPOSE_FILE));
        while (m.find()) {
            if (m.group(1).equals(variable)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no default for " + variable);
    }

    static Set<String> platformRoles() {
        Matcher m = Pattern.compile("public static final String (\\w+) = \"(\\w+)\"").matcher(Repo.text(Repo.ROOT.resolve(
                "platform/src/main/java/com/serviceledger/platform/security/Roles.java")));
        Set<String> roles = new TreeSet<>();
        while (m.find()) {
            roles.add(m.group(2));
        }
        assertThat(roles).hasSize(8);
        return roles;
    }
}
