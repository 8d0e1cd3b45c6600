package dev.overload.identity.domain;

/** The fields the Telegram login widget hands the browser, signed by Telegram with the bot's token. */
public record TelegramLogin(long id, String firstName, String lastName, String username, String photoUrl,
        long authDate, String hash) {
}
