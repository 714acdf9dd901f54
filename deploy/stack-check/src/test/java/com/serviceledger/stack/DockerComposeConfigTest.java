package com.serviceledger.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;

/** Where a Docker engine exists: Docker's own parser accepts the compose file. Skipped without one. */
@EnabledIf("dockerAvailable")
class DockerComposeConfigTest {

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Test
    void docker_compose_config_accepts_the_stack() throws IOException, InterruptedException {
        ProcessBuilder config = new ProcessBuilder("docker", "compose", "-f", Repo.COMPOSE_FILE.toString(), "config",
                "-q").redirectErrorStream(true);
        // the values compose requires (no default is committed for them), as an operator's .env gives them
        config.environment().put("MINIO_ROOT_USER", "stack-check");
        config.environment().put("MINIO_ROOT_PASSWORD", "stack-check-password");
        Process process = config.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
