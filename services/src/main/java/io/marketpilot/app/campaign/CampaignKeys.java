package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.links.LinkSigner;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.files.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys of campaigns, derived from one secret: the link-signing key (unsubscribe, click, open, preference and
 * opt-in links) and the address-hashing key (the suppression list). The secret is {@code campaigns.secret}
 * (MARKETPILOT_CAMPAIGNS_SECRET) or, when that is unset, generated once into an owner-only file in the data directory,
 * as the store's password is. Several servers on one PostgreSQL store must share it through the configuration: each
 * would otherwise generate its own, and their links and suppression hashes would not match.
 *
 * <p>Each key is HMAC-SHA256 of a purpose label under the secret, so the two are independent and neither reveals the
 * secret. Changing the secret invalidates every link already mailed and un-suppresses every hashed address: it stays
 * the same for the life of the installation.
 */
public final class CampaignKeys {
    /** The generated secret's file in the data directory. */
    public static final String FILE_NAME = "campaigns.secret";

    /** The fewest characters a configured secret may have: 32 random characters carry well over 128 bits. */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkSigner links;
    private final AddressHasher addresses;

    private CampaignKeys(byte[] secret) {
        this.links = new LinkSigner(derive(secret, "marketpilot/campaigns/link-signing/v1"));
        this.addresses = new AddressHasher(derive(secret, "marketpilot/campaigns/address-hashing/v1"));
    }

    /** The keys from the configured secret, or else from the data directory's file (created when missing). */
    public static CampaignKeys load(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            String secret = configured.get().strip();
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw MarketPilotException.invalid("campaigns.secret (MARKETPILOT_CAMPAIGNS_SECRET) needs at least "
                        + MIN_SECRET_LENGTH + " characters; it signs links and hashes suppressed addresses");
            }
            return new CampaignKeys(secret.getBytes(StandardCharsets.UTF_8));
        }
        return new CampaignKeys(readOrCreate(dataDir).getBytes(StandardCharsets.UTF_8));
    }

    /** Keys from a secret given in full, for tests. */
    public static CampaignKeys of(String secret) {
        return load(Optional.of(secret), Path.of("."));
    }

    public LinkSigner links() {
        return links;
    }

    public AddressHasher addresses() {
        return addresses;
    }

    private static byte[] derive(byte[] secret, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // every JDK ships HmacSHA256; getting here means a broken runtime, not bad input
            throw new MarketPilotException(ErrorCode.INTERNAL, "HMAC-SHA256 is not available", Map.of(), e);
        }
    }

    /**
     * The directory's secret, generated on first use. A new one is written to a draft file and linked into place,
     * so it appears whole; of two processes starting at once, the one that links second reads the first one's.
     */
    private static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            OwnerOnly.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Path draft = Files.createTempFile(dataDir, FILE_NAME, ".draft", OwnerOnly.fileAttributes(dataDir));
            try {
                Files.writeString(draft, secret + "\n", StandardCharsets.UTF_8);
                try {
                    Files.createLink(file, draft);
                } catch (UnsupportedOperationException e) {
                    Files.move(draft, file); // no hard links here: refuses an existing file, not atomically
                }
                return secret;
            } catch (FileAlreadyExistsException e) {
                return read(file);
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read or create the campaigns' secret " + file + ": " + e
                    + " (set campaigns.secret, or fix --data-dir)");
        }
    }

    private static String read(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IOException("the file holds no secret of " + MIN_SECRET_LENGTH + " characters");
        }
        return secret;
    }
}
