package dev.overload.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Telegram's check of login widget data: the hex HMAC-SHA256 of the "data-check-string" (the received
 * fields but the hash, as {@code key=value} sorted by key, joined by newlines), keyed by the SHA-256 of the
 * bot token, must equal {@code hash}; and {@code auth_date} must be recent.
 */
final class TelegramSignature {

    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private TelegramSignature() {
    }

    static boolean isValid(TelegramLogin login, String botToken, Instant now, Duration maxAge) {
        Instant authDate;
        try {
            authDate = Instant.ofEpochSecond(login.authDate());
        } catch (DateTimeException outOfRange) {
            return false;
        }
        if (authDate.isBefore(now.minus(maxAge)) || authDate.isAfter(now.plus(FUTURE_TOLERANCE))) {
            return false;
        }
        byte[] expected = HexFormat.of().parseHex(sign(login, botToken));
        byte[] given;
        try {
            given = HexFormat.of().parseHex(login.hash());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    static String sign(TelegramLogin login, String botToken) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("id", Long.toString(login.id()));
        fields.put("auth_date", Long.toString(login.authDate()));
        putIfPresent(fields, "first_name", login.firstName());
        putIfPresent(fields, "last_name", login.lastName());
        putIfPresent(fields, "username", login.username());
        putIfPresent(fields, "photo_url", login.photoUrl());
        StringJoiner dataCheckString = new StringJoiner("\n");
        fields.forEach((key, value) -> dataCheckString.add(key + "=" + value));
        try {
            byte[] secretKey = MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(dataCheckString.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every JDK", e);
        }
    }

    private static void putIfPresent(TreeMap<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
