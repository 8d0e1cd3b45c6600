package dev.overload.identity.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Logging in with the Telegram login widget's data, signed here as Telegram would sign it. */
@ApiTest
class TelegramLoginTests {

    /** The bot token of the test configuration. */
    static final String BOT_TOKEN = "123456:test-bot-token";

    @Autowired
    Api api;

    @Test
    void aNewTelegramUserGetsAnAccountAndTokens() {
        long telegramId = newTelegramId();
        String username = newTelegramUsername();

        String accessToken = logIn(signed(widgetData(telegramId, username, "Ann", "Lee")))
                .then().statusCode(200)
                .body("access_token", notNullValue())
                .body("refresh_token", notNullValue())
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .extract().path("access_token");

        api.anonymous().auth().oauth2(accessToken).get("/api/users/me")
                .then().statusCode(200)
                .body("telegram_linked", equalTo(true))
                .body("username", equalTo(username))
                .body("first_name", equalTo("Ann"))
                .body("last_name", equalTo("Lee"))
                .body("email", nullValue())
                .body("role", equalTo("USER"))
                .body("ai_suggestions_remaining", equalTo(5))
                .body("last_login", notNullValue());
    }

    @Test
    void theSameTelegramIdLogsIntoTheSameAccount() {
        long telegramId = newTelegramId();
        String username = newTelegramUsername();

        String first = logIn(signed(widgetData(telegramId, username, "Ann", null))).then().statusCode(200)
                .extract().path("access_token");
        String second = logIn(signed(widgetData(telegramId, username, "Ann", null))).then().statusCode(200)
                .extract().path("access_token");

        String firstId = me(first).then().statusCode(200).extract().path("id");
        me(second).then().statusCode(200)
                .body("id", equalTo(firstId))
                .body("username", equalTo(username));
    }

    @Test
    void withoutATelegramUsernameTheUsernameIsTgAndTheId() {
        long telegramId = newTelegramId();

        String accessToken = logIn(signed(widgetData(telegramId, null, "Ann", null))).then().statusCode(200)
                .extract().path("access_token");

        me(accessToken).then().statusCode(200)
                .body("username", equalTo("tg_" + telegramId))
                .body("first_name", equalTo("Ann"))
                .body("telegram_linked", equalTo(true));
    }

    @Test
    void aTakenUsernameInAnyCaseGivesTgAndTheIdInstead() {
        TestUser existing = api.newUser();
        long telegramId = newTelegramId();

        String accessToken = logIn(signed(widgetData(telegramId, existing.username().toUpperCase(), "Ann", null)))
                .then().statusCode(200)
                .extract().path("access_token");

        me(accessToken).then().statusCode(200).body("username", equalTo("tg_" + telegramId));
        api.as(existing).get("/api/users/me").then().statusCode(200).body("telegram_linked", equalTo(false));
    }

    @Test
    void aPhotoUrlIsPartOfTheSignedData() {
        Map<String, Object> data = widgetData(newTelegramId(), newTelegramUsername(), "Ann", "Lee");
        data.put("photo_url", "https://t.me/i/userpic/320/ann.jpg");

        logIn(signed(data)).then().statusCode(200);

        Map<String, Object> forged = signed(data);
        forged.put("photo_url", "https://evil.example/ann.jpg");
        logIn(forged).then().statusCode(401);
    }

    @Test
    void namesOutsideAsciiAreSignedAsUtf8() {
        long telegramId = newTelegramId();

        String accessToken = logIn(signed(widgetData(telegramId, null, "Андрей", "Müller")))
                .then().statusCode(200)
                .extract().path("access_token");

        me(accessToken).then().body("first_name", equalTo("Андрей")).body("last_name", equalTo("Müller"));
    }

    @Test
    void theRefreshTokenOfATelegramLoginWorks() {
        String refreshToken = logIn(signed(widgetData(newTelegramId(), null, "Ann", null)))
                .then().statusCode(200)
                .extract().path("refresh_token");

        api.anonymous().body(Map.of("refresh_token", refreshToken)).post("/api/auth/refresh")
                .then().statusCode(200)
                .body("access_token", notNullValue());
    }

    @Test
    void aForgedHashIsRefused() {
        Map<String, Object> data = signed(widgetData(newTelegramId(), newTelegramUsername(), "Ann", null));
        data.put("hash", HexFormat.of().formatHex(new byte[32]));

        logIn(data)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {"first_name", "last_name", "username", "id", "auth_date"})
    void aFieldChangedAfterSigningIsRefused(String field) {
        long telegramId = newTelegramId();
        Map<String, Object> data = signed(widgetData(telegramId, newTelegramUsername(), "Ann", "Lee"));
        Map<String, Object> changes = Map.of(
                "first_name", "Eve",
                "last_name", "Evil",
                "username", newTelegramUsername(),
                "id", telegramId + 1,
                "auth_date", ((Long) data.get("auth_date")) - 1);
        data.put(field, changes.get(field));

        logIn(data).then().statusCode(401);
    }

    @Test
    void dataSignedWithAnotherBotsTokenIsRefused() {
        Map<String, Object> data = signed(widgetData(newTelegramId(), null, "Ann", null), "654321:another-bot");

        logIn(data).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-hex-at-all", "abc", "ABCDEF", "0"})
    void aHashThatIsNotTheRightHexIsRefusedNotAnError(String hash) {
        Map<String, Object> data = signed(widgetData(newTelegramId(), null, "Ann", null));
        data.put("hash", hash);

        logIn(data).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void widgetDataOlderThanADayIsRefused() {
        Map<String, Object> data = widgetData(newTelegramId(), null, "Ann", null);
        data.put("auth_date", Instant.now().minus(Duration.ofDays(1)).minusSeconds(60).getEpochSecond());

        logIn(signed(data)).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void widgetDataFromLessThanADayAgoIsAccepted() {
        Map<String, Object> data = widgetData(newTelegramId(), null, "Ann", null);
        data.put("auth_date", Instant.now().minus(Duration.ofHours(23)).getEpochSecond());

        logIn(signed(data)).then().statusCode(200);
    }

    @Test
    void widgetDataFromTheFutureIsRefused() {
        Map<String, Object> data = widgetData(newTelegramId(), null, "Ann", null);
        data.put("auth_date", Instant.now().plus(Duration.ofHours(1)).getEpochSecond());

        logIn(signed(data)).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(longs = {Long.MAX_VALUE, 31_556_889_864_403_200L})
    void anAuthDateBeyondAnyRepresentableTimeIsRefusedNotAnError(long authDate) {
        Map<String, Object> data = widgetData(newTelegramId(), null, "Ann", null);
        data.put("auth_date", authDate);

        logIn(signed(data)).then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "auth_date"})
    void aNonPositiveIdOrAuthDateIsABadRequest(String field) {
        Map<String, Object> data = widgetData(newTelegramId(), null, "Ann", null);
        data.put(field, 0);

        logIn(signed(data)).then().statusCode(400).body("errors.field", hasItem(field));
        data.put(field, -5);
        logIn(signed(data)).then().statusCode(400).body("errors.field", hasItem(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hash", "id", "auth_date", "first_name"})
    void aMissingRequiredFieldIsABadRequestNamingIt(String field) {
        Map<String, Object> data = signed(widgetData(newTelegramId(), null, "Ann", null));
        data.remove(field);

        logIn(data)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void anEmptyHashIsABadRequest() {
        Map<String, Object> data = signed(widgetData(newTelegramId(), null, "Ann", null));
        data.put("hash", "");

        logIn(data).then().statusCode(400).body("errors.field", hasItem("hash"));
    }

    @Test
    void aDeletedTelegramAccountCannotLogInAgain() {
        long telegramId = newTelegramId();
        String accessToken = logIn(signed(widgetData(telegramId, null, "Ann", null))).then().statusCode(200)
                .extract().path("access_token");
        api.anonymous().auth().oauth2(accessToken).delete("/api/users/me").then().statusCode(204);

        logIn(signed(widgetData(telegramId, null, "Ann", null)))
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTelegramAccountCanAddAnEmail() {
        long telegramId = newTelegramId();
        String accessToken = logIn(signed(widgetData(telegramId, null, "Ann", null))).then().statusCode(200)
                .extract().path("access_token");
        String email = "tg-" + UUID.randomUUID() + "@example.com";

        api.anonymous().auth().oauth2(accessToken).body(Map.of("email", email)).patch("/api/users/me")
                .then().statusCode(200)
                .body("email", equalTo(email))
                .body("telegram_linked", equalTo(true));
    }

    @Test
    void aTelegramAccountHasNoPasswordToChange() {
        String accessToken = logIn(signed(widgetData(newTelegramId(), null, "Ann", null))).then().statusCode(200)
                .extract().path("access_token");

        api.anonymous().auth().oauth2(accessToken)
                .body(Map.of("current_password", "anything-1", "new_password", "squat-deep-42"))
                .post("/api/users/me/password")
                .then().statusCode(400)
                .body("errors.field", hasItem("current_password"));
    }

    private Response logIn(Map<String, Object> data) {
        return api.anonymous().body(data).post("/api/auth/telegram");
    }

    private Response me(String accessToken) {
        return api.anonymous().auth().oauth2(accessToken).get("/api/users/me");
    }

    static long newTelegramId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }

    /** Telegram usernames are 5–32 letters, digits and underscores. */
    static String newTelegramUsername() {
        return "tgu" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** What the widget sends, fresh, without a hash; absent optional fields are left out. */
    static Map<String, Object> widgetData(long id, String username, String firstName, String lastName) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", id);
        data.put("first_name", firstName);
        if (lastName != null) {
            data.put("last_name", lastName);
        }
        if (username != null) {
            data.put("username", username);
        }
        data.put("auth_date", Instant.now().getEpochSecond());
        return data;
    }

    static Map<String, Object> signed(Map<String, Object> data) {
        return signed(data, BOT_TOKEN);
    }

    /**
     * Telegram's signature: hex HMAC-SHA256 of the fields but {@code hash} as sorted {@code key=value} lines,
     * keyed by the SHA-256 of the bot token.
     */
    static Map<String, Object> signed(Map<String, Object> data, String botToken) {
        String dataCheckString = new TreeMap<>(data).entrySet().stream()
                .filter(entry -> !entry.getKey().equals("hash"))
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n"));
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            Map<String, Object> signed = new HashMap<>(data);
            signed.put("hash",
                    HexFormat.of().formatHex(mac.doFinal(dataCheckString.getBytes(StandardCharsets.UTF_8))));
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
