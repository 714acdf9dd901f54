package com.serviceledger.elasticsearch.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The HTTP Basic credential every request to the embedded node must carry: user {@value #USER} and a password,
 * random per node start unless configured. {@link #toString()} never shows the password.
 *
 * @param username the user name; no {@code :} (HTTP Basic)
 * @param password the password
 */
public record NodeCredential(String username, String password) {

    /** The node's one user. */
    public static final String USER = "serviceledger";
    /** The file in a persistent node's home that holds the password (one line). */
    public static final String FILE_NAME = "credential";

    private static final SecureRandom RANDOM = new SecureRandom();

    public NodeCredential {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isEmpty() || username.indexOf(':') >= 0) {
            throw new IllegalArgumentException("HTTP Basic user names are non-empty and have no ':'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("empty password");
        }
    }

    /** 192 random bits as 32 URL-safe Base64 characters: nothing a shell or {@code curl -u} would mangle. */
    public static NodeCredential generate() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return new NodeCredential(USER, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public static NodeCredential ofPassword(String password) {
        return new NodeCredential(USER, password);
    }

    /** The credential of the node whose home is {@code home}, as {@link #writeTo} left it there at its start. */
    public static NodeCredential readFrom(Path home) throws IOException {
        return ofPassword(Files.readString(fileIn(home), StandardCharsets.UTF_8).strip());
    }

    /** {@code <home>/credential} */
    public static Path fileIn(Path home) {
        return home.resolve(FILE_NAME);
    }

    /** The value of the {@code Authorization} header: {@code Basic base64(user:password)}. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces {@code <home>/credential} with this password, readable and writable by the owner only where the
     * file system has POSIX permissions. Written beside and renamed over the old file, so no reader sees half a
     * password and the file is never readable by others, not even for a moment.
     *
     * @return the file
     */
    Path writeTo(Path home) throws IOException {
        Path file = fileIn(home);
        Path next = home.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(home, FILE_NAME, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(home, FILE_NAME, ".tmp");
        try {
            Files.writeString(next, password + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(next);
        }
        return file;
    }

    /** SHA-256 of {@code user:password}: what the node keeps to check requests against (see {@link CredentialCheckPlugin}). */
    byte[] sha256() {
        return sha256((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "NodeCredential[" + username + ", password ****]";
    }
}
