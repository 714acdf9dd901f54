package com.serviceledger.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credential itself, without a node. */
class NodeCredentialTest {

    @Test
    void generatedPasswordsAreLongRandomAndShellSafe() {
        NodeCredential one = NodeCredential.generate();
        NodeCredential other = NodeCredential.generate();

        assertThat(one.username()).isEqualTo("serviceledger");
        assertThat(one.password()).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(other.password());
    }

    @Test
    void theAuthorizationIsHttpBasicAndNothingPrintsThePassword() {
        NodeCredential credential = NodeCredential.ofPassword("s3cret");

        // echo -n serviceledger:s3cret | base64
        assertThat(credential.authorization()).isEqualTo("Basic c2VydmljZWxlZGdlcjpzM2NyZXQ=");
        assertThat(credential.toString()).doesNotContain("s3cret");
        assertThat(EmbeddedElasticsearchSettings.temporary().withPassword("s3cret").toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> new NodeCredential("a:b", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFileIsReplacedAtEachStartAndOnlyItsOwnerMayReadIt(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("credential"), "old\n");
        Files.setPosixFilePermissions(home.resolve("credential"), PosixFilePermissions.fromString("rw-r--r--"));

        Path file = NodeCredential.ofPassword("new").writeTo(home);

        assertThat(file).isEqualTo(home.resolve("credential")).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(NodeCredential.readFrom(home)).isEqualTo(NodeCredential.ofPassword("new"));
        try (var files = Files.list(home)) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }
}
