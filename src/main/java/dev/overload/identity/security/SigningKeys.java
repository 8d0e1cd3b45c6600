package dev.overload.identity.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import dev.overload.shared.DataDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The RSA key that signs access tokens: the configured PEM when given, else the one generated at the first
 * start and kept in the data directory, so tokens stay valid across restarts.
 */
final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String KEY_FILE = "jwt-signing-key.pem";

    private SigningKeys() {
    }

    static RSAKey load(String configuredPem, DataDirectory dataDirectory) {
        if (configuredPem != null && !configuredPem.isBlank()) {
            return toJwk(parse(configuredPem));
        }
        Path file = dataDirectory.directory("keys").resolve(KEY_FILE);
        try {
            if (Files.notExists(file)) {
                generate(file);
            }
            return toJwk(parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        }
    }

    private static RSAPrivateCrtKey parse(String pem) {
        var privateKey = RsaKeyConverters.pkcs8()
                .convert(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
        if (!(privateKey instanceof RSAPrivateCrtKey crtKey)) {
            throw new IllegalStateException("The signing key must be an RSA private key in PKCS#8 PEM");
        }
        return crtKey;
    }

    private static RSAKey toJwk(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot derive the public key from the signing key", e);
        }
    }

    /** Written beside and moved into place, readable by the owner only. */
    private static void generate(Path file) throws IOException {
        KeyPairGenerator generator;
        try {
            generator = KeyPairGenerator.getInstance("RSA");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
        generator.initialize(3072);
        byte[] encoded = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded)
                + "\n-----END PRIVATE KEY-----\n";
        Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot restrict permissions of {} on this file system", file);
        }
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Generated a new token signing key in {}", file);
    }
}
