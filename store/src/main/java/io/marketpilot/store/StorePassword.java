package io.marketpilot.store;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.files.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * The embedded store's password: generated once per data directory and kept in an owner-only file there, which
 * every process that opens the directory reads (the server, and the CLI beside it).
 *
 * <p>A new password is first written to a pending file and only published once the store has it: a store that
 * existed before it had a password is given the pending one first ({@code adopt}), so a start interrupted between
 * the two steps is finished by the next start instead of locking the store.
 */
final class StorePassword {
    static final String FILE_NAME = "store.password";
    private static final String PENDING_NAME = FILE_NAME + ".pending";
    private static final SecureRandom RANDOM = new SecureRandom();

    private StorePassword() {}

    /**
     * The directory's password, creating it when there is none yet; {@code adopt} is called with a new password
     * before it is published, to give it to an existing store.
     */
    static String readOrCreate(Path dir, Consumer<String> adopt) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Path pending = dir.resolve(PENDING_NAME);
            String password = Files.exists(pending) ? read(pending) : createExclusively(dir, PENDING_NAME, generate());
            adopt.accept(password);
            try {
                Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                return read(file); // a process that opened the directory at the same time published it first
            }
            return password;
        } catch (IOException e) {
            throw MarketPilotException.invalid(
                    "Cannot read or create the store's password file " + file + ": " + e + " (--data-dir)");
        }
    }

    static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException("the file is empty; delete it only if the store was never given a password");
        }
        return password;
    }

    /**
     * Writes the password as {@code name} in {@code dir} unless another process got there first, in which case that
     * one is the password. The file appears whole (a hard link to a finished file), never half-written.
     */
    private static String createExclusively(Path dir, String name, String password) throws IOException {
        Path target = dir.resolve(name);
        Path draft = Files.createTempFile(dir, FILE_NAME, ".draft", OwnerOnly.fileAttributes(dir));
        try {
            Files.writeString(draft, password + "\n", StandardCharsets.UTF_8);
            linkOrMove(draft, target);
            return password;
        } catch (FileAlreadyExistsException e) {
            return read(target);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void linkOrMove(Path draft, Path target) throws IOException {
        try {
            Files.createLink(target, draft);
        } catch (UnsupportedOperationException e) {
            Files.move(draft, target); // no hard links here: refuses an existing target, not atomically
        }
    }
}
