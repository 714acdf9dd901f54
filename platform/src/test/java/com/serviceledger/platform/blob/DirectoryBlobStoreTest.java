package com.serviceledger.platform.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;
    private DirectoryBlobStore store;

    @BeforeEach
    void open() {
        store = new DirectoryBlobStore(root);
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void aWriteLeavesOnlyTheFileNamedByItsHashNoTemporaryFile() throws IOException {
        byte[] content = {1, 2, 3};
        String hash = Sha256.of(content);
        store.put(hash, content);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactly(store.pathOf(hash));
        }
    }
}
