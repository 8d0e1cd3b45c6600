package dev.overload.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Telegram's login widget check, against hashes computed here from Telegram's description. */
class TelegramSignatureTests {

    private static final String BOT_TOKEN = "123456:test-bot-token";
    private static final Duration MAX_AGE = Duration.ofDays(1);
    private static final long AUTH_DATE = 1_700_000_000L;
    private static final Instant NOW = Instant.ofEpochSecond(AUTH_DATE).plusSeconds(30);

    @Test
    void acceptsDataSignedWithTheBotToken() {
        TelegramLogin login = signed(42L, "Ann", "Lee", "ann_lee", "https://t.me/i/userpic/320/ann.jpg", AUTH_DATE,
                BOT_TOKEN);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isTrue();
    }

    @Test
    void acceptsDataWithoutTheOptionalFields() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isTrue();
    }

    @Test
    void absentOptionalFieldsAreNotSignedAsEmptyOnes() {
        TelegramLogin signedWithEmptyUsername = signed(42L, "Ann", null, "", null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin sentWithoutUsername = new TelegramLogin(42L, "Ann", null, null, null, AUTH_DATE,
                signedWithEmptyUsername.hash());

        assertThat(TelegramSignature.isValid(sentWithoutUsername, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void acceptsNamesOutsideAscii() {
        TelegramLogin login = signed(42L, "Андрей", "Müller", null, null, AUTH_DATE, BOT_TOKEN);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isTrue();
    }

    @Test
    void refusesATamperedId() {
        TelegramLogin login = signed(42L, "Ann", "Lee", "ann_lee", null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin tampered = new TelegramLogin(43L, login.firstName(), login.lastName(), login.username(),
                login.photoUrl(), login.authDate(), login.hash());

        assertThat(TelegramSignature.isValid(tampered, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesATamperedName() {
        TelegramLogin login = signed(42L, "Ann", "Lee", "ann_lee", null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin tampered = new TelegramLogin(login.id(), "Eve", login.lastName(), login.username(),
                login.photoUrl(), login.authDate(), login.hash());

        assertThat(TelegramSignature.isValid(tampered, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesATamperedUsername() {
        TelegramLogin login = signed(42L, "Ann", "Lee", "ann_lee", null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin tampered = new TelegramLogin(login.id(), login.firstName(), login.lastName(), "root",
                login.photoUrl(), login.authDate(), login.hash());

        assertThat(TelegramSignature.isValid(tampered, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesAnAddedOptionalField() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin tampered = new TelegramLogin(login.id(), login.firstName(), "Lee", login.username(),
                login.photoUrl(), login.authDate(), login.hash());

        assertThat(TelegramSignature.isValid(tampered, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesATamperedPhotoUrl() {
        TelegramLogin login = signed(42L, "Ann", null, null, "https://t.me/i/userpic/320/ann.jpg", AUTH_DATE,
                BOT_TOKEN);
        TelegramLogin tampered = new TelegramLogin(login.id(), login.firstName(), login.lastName(),
                login.username(), "https://evil.example/ann.jpg", login.authDate(), login.hash());

        assertThat(TelegramSignature.isValid(tampered, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesATamperedAuthDate() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin tampered = new TelegramLogin(login.id(), login.firstName(), login.lastName(),
                login.username(), login.photoUrl(), AUTH_DATE + 10, login.hash());

        assertThat(TelegramSignature.isValid(tampered, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesDataSignedWithAnotherBotToken() {
        TelegramLogin login = signed(42L, "Ann", "Lee", "ann_lee", null, AUTH_DATE, "654321:another-bot");

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesTheBotTokenItselfUsedAsTheKey() {
        // Telegram keys the HMAC with SHA-256(bot token), not with the token: a hash keyed by the raw token fails.
        TelegramLogin login = new TelegramLogin(42L, "Ann", null, null, null, AUTH_DATE,
                hmacHex(BOT_TOKEN.getBytes(StandardCharsets.UTF_8),
                        "auth_date=" + AUTH_DATE + "\nfirst_name=Ann\nid=42"));

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesStaleData() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        Instant aDayAndASecondLater = Instant.ofEpochSecond(AUTH_DATE).plus(MAX_AGE).plusSeconds(1);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, aDayAndASecondLater, MAX_AGE)).isFalse();
    }

    @Test
    void acceptsDataExactlyAsOldAsAllowed() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        Instant exactlyADayLater = Instant.ofEpochSecond(AUTH_DATE).plus(MAX_AGE);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, exactlyADayLater, MAX_AGE)).isTrue();
    }

    @Test
    void refusesDataFromTheFuture() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        Instant tenMinutesBefore = Instant.ofEpochSecond(AUTH_DATE).minus(Duration.ofMinutes(10));

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, tenMinutesBefore, MAX_AGE)).isFalse();
    }

    @Test
    void toleratesASlightlyFastClockAtTelegram() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        Instant twoMinutesBefore = Instant.ofEpochSecond(AUTH_DATE).minus(Duration.ofMinutes(2));

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, twoMinutesBefore, MAX_AGE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, Long.MIN_VALUE, 31_556_889_864_403_200L})
    void refusesAnAuthDateOutsideTheRangeOfInstantRatherThanFailing(long authDate) {
        TelegramLogin login = signed(42L, "Ann", null, null, null, authDate, BOT_TOKEN);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "abc", "not hex at all", "zz", "0123456789abcdef"})
    void refusesAHashThatIsNotTheRightHex(String hash) {
        TelegramLogin login = new TelegramLogin(42L, "Ann", null, null, null, AUTH_DATE, hash);

        assertThat(TelegramSignature.isValid(login, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    @Test
    void refusesAHashWithAnExtraCharacter() {
        TelegramLogin login = signed(42L, "Ann", null, null, null, AUTH_DATE, BOT_TOKEN);
        TelegramLogin longer = new TelegramLogin(42L, "Ann", null, null, null, AUTH_DATE, login.hash() + "00");

        assertThat(TelegramSignature.isValid(longer, BOT_TOKEN, NOW, MAX_AGE)).isFalse();
    }

    /** Signs exactly the fields given (null ones left out), as Telegram builds its data-check-string. */
    private static TelegramLogin signed(long id, String firstName, String lastName, String username,
            String photoUrl, long authDate, String botToken) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("id", Long.toString(id));
        fields.put("auth_date", Long.toString(authDate));
        if (firstName != null) {
            fields.put("first_name", firstName);
        }
        if (lastName != null) {
            fields.put("last_name", lastName);
        }
        if (username != null) {
            fields.put("username", username);
        }
        if (photoUrl != null) {
            fields.put("photo_url", photoUrl);
        }
        StringJoiner dataCheckString = new StringJoiner("\n");
        fields.forEach((key, value) -> dataCheckString.add(key + "=" + value));
        String hash = hmacHex(sha256(botToken), dataCheckString.toString());
        return new TelegramLogin(id, firstName, lastName, username, photoUrl, authDate, hash);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmacHex(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
