package com.serviceledger.standalone.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.serviceledger.standalone.StandaloneApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production sign-in: the system in jwt mode, the console signing in through an OpenID Connect provider (a
 * real one over HTTP, {@link TestIdentityProvider}) in a real browser. The session's user is the one the API makes
 * of the provider's access token: its roles, staff member and scope; a token the API would refuse signs nobody in;
 * signing out ends the provider's session too. Its own context (jwt mode), with views of its own.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "serviceledger.data-dir=${java.io.tmpdir}/serviceledger-oidc-${random.uuid}",
                "serviceledger.security.mode=jwt",
                "serviceledger.elasticsearch.embedded.shared-in-jvm=true",
                "serviceledger.elasticsearch.embedded.http-port=0",
                "serviceledger.query.complaint-index.alias=sq-complaints-oidc",
                "serviceledger.query.service-request-index.alias=sq-service-requests-oidc",
                "serviceledger.query.inspection-views.inspections-alias=sq-inspections-oidc",
                "serviceledger.query.inspection-views.rectifications-alias=sq-rectifications-oidc",
                "serviceledger.query.inspection-views.quality-months-alias=sq-quality-months-oidc",
                "serviceledger.query.rating-view.alias=sq-ratings-oidc",
                "spring.security.oauth2.client.registration.company.provider=company",
                "spring.security.oauth2.client.registration.company.client-id=" + TestIdentityProvider.CLIENT_ID,
                "spring.security.oauth2.client.registration.company.client-secret="
                        + TestIdentityProvider.CLIENT_SECRET,
                "spring.security.oauth2.client.registration.company.client-name=Company IdP",
                "spring.security.oauth2.client.registration.company.scope=openid"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleProviderSignInBrowserTest {

    static final TestIdentityProvider PROVIDER = provider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.company.issuer-uri", PROVIDER::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
    }

    @LocalServerPort
    int port;

    private ConsoleBrowser console;

    @BeforeAll
    void startBrowser() throws IOException {
        console = ConsoleBrowser.open(port);
    }

    @AfterAll
    void stop() {
        if (console != null) {
            console.close();
        }
        PROVIDER.close();
    }

    @BeforeEach
    void signedOut() {
        console.reset();
    }

    @Test
    void anAgentSignsInThroughTheProviderWithTheTokensRolesAndScopeAndSigningOutEndsBothSessions() {
        console.get("/console/sla");
        console.wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(console.text(By.id("sign-in-provider"))).isEqualTo("通过 Company IdP 登录");
        console.screenshot("login-provider");
        signInAtProvider("oidc-agent");

        console.wait.until(ExpectedConditions.urlToBe(console.url("/console/sla")));
        assertThat(console.text(By.cssSelector(".who"))).contains("oidc-agent", "营运专员", "demo-tangshan");
        assertThat(console.text(By.id("sla-summary"))).startsWith("未结案件");

        int before = PROVIDER.logouts.get();
        console.driver.findElement(By.id("sign-out")).click();
        console.wait.until(ExpectedConditions.urlContains("/login?signed-out"));
        assertThat(PROVIDER.logouts.get()).as("the provider's session ended too").isEqualTo(before + 1);
        console.get("/console/inbox");
        console.wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aTokenTheApiWouldRefuseSignsNobodyIn() {
        console.get("/login");
        signInAtProvider("oidc-forged");
        console.wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(console.text(By.id("login-error"))).contains("身份提供方");
        console.get("/console/inbox");
        console.wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void theApiStillTakesOnlyBearerTokensNeverTheConsolesCookie() throws Exception {
        console.get("/login");
        signInAtProvider("oidc-agent");
        console.wait.until(ExpectedConditions.urlToBe(console.url("/")));
        var session = console.driver.manage().getCookieNamed("SESSION");
        assertThat(session).isNotNull();
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(console.url("/api/me"))).header("Cookie", "SESSION=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
    }

    private void signInAtProvider(String user) {
        console.driver.findElement(By.id("sign-in-provider")).click();
        console.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("idp-username"))).sendKeys(user);
        console.driver.findElement(By.id("idp-sign-in")).click();
    }

    private static TestIdentityProvider provider() {
        try {
            return new TestIdentityProvider(Map.of(
                    "oidc-agent", new TestIdentityProvider.Account(List.of("AGENT"), "zhou-min", "demo-tangshan", false),
                    "oidc-forged", new TestIdentityProvider.Account(List.of("ADMIN"), null, "*", true)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
