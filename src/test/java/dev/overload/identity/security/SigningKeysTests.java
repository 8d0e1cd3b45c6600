package dev.overload.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dev.overload.shared.DataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTests {

    @TempDir
    Path dataDir;

    @Test
    void generatesAKeyOnceAndKeepsItForTheNextStart() throws Exception {
        RSAKey first = SigningKeys.load("", new DataDirectory(dataDir));
        RSAKey second = SigningKeys.load(null, new DataDirectory(dataDir));

        Path file = dataDir.resolve("keys/jwt-signing-key.pem");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(first.isPrivate()).isTrue();
        assertThat(first.size()).isGreaterThanOrEqualTo(2048);
    }

    @Test
    void usesTheConfiguredKeyAndWritesNothing() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        RSAKey key = SigningKeys.load(pem, new DataDirectory(dataDir));

        assertThat(key.toRSAPublicKey().getModulus()).isEqualTo(((RSAPublicKey) pair.getPublic()).getModulus());
        assertThat(key.getKeyID()).isEqualTo(new RSAKey.Builder((RSAPublicKey) pair.getPublic()).build()
                .computeThumbprint().toString());
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void refusesAConfiguredKeyThatIsNotAPrivateKeyPem() {
        assertThatThrownBy(() -> SigningKeys.load("-----BEGIN PRIVATE KEY-----\nbm9wZQ==\n-----END PRIVATE KEY-----",
                new DataDirectory(dataDir)))
                .isInstanceOf(RuntimeException.class);
    }
}
