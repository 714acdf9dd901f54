package com.serviceledger.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** deploy/docker/*.Dockerfile against the modules they build and the apps' configuration. */
class DockerfileTest {

    static final java.util.List<String> APPS = Repo.APPS;

    @ParameterizedTest
    @FieldSource("APPS")
    void the_build_stage_runs_the_wrapper_for_an_existing_module(String app) {
        String dockerfile = dockerfile(app);
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jdk AS build", "COPY . .");
        assertThat(dockerfile).containsPattern(Pattern.quote("--mount=type=cache,target=/root/.m2"));
        assertThat(dockerfile).contains("./mvnw -B -pl " + app + " -am -DskipTests package");
        assertThat(Repo.ROOT.resolve(app).resolve("pom.xml")).exists();
        assertThat(Repo.ROOT.resolve("mvnw")).isExecutable();
        assertThat(Repo.text(Repo.ROOT.resolve("pom.xml"))).contains("<module>" + app + "</module>");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void the_jar_it_copies_is_the_one_the_module_repackages(String app) {
        String pom = Repo.text(Repo.ROOT.resolve(app).resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>" + app + "</artifactId>", "<classifier>exec</classifier>",
                "<spring-boot.repackage.skip>false</spring-boot.repackage.skip>");
        assertThat(dockerfile(app)).contains("cp " + app + "/target/" + app + "-*-exec.jar /workspace/app.jar",
                "COPY --from=build --chown=serviceledger:serviceledger /workspace/app.jar /app/app.jar",
                "ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]");
    }

    @ParameterizedTest
    @FieldSource("APPS")
    void the_runtime_stage_is_a_jre_as_a_non_root_user_with_a_readiness_health_check(String app) {
        String dockerfile = dockerfile(app);
        String runtime = dockerfile.substring(dockerfile.indexOf("FROM eclipse-temurin:25-jre"));
        assertThat(runtime).contains("USER 10001", "JAVA_TOOL_OPTIONS=");
        String port = Repo.appConfig(app).path("server").path("port").asText();
        assertThat(runtime).contains("EXPOSE " + port, "SERVER_PORT=" + port);
        assertThat(runtime).contains("HEALTHCHECK ", "/actuator/health/readiness");
        assertThat(Repo.appConfig(app).path("management").path("endpoint").path("health").path("probes")
                .path("enabled").asBoolean()).as(app + " enables the probe groups").isTrue();
    }

    @org.junit.jupiter.api.Test
    void the_context_leaves_out_build_output_and_data() {
        String ignore = Repo.text(Repo.ROOT.resolve(".dockerignore"));
        assertThat(ignore.lines()).contains(".git", "**/target", "data");
    }

    private static String dockerfile(String app) {
        Path file = Repo.DOCKER_DIR.resolve(app + ".Dockerfile");
        assertThat(file).exists();
        return Repo.text(file);
    }
}
