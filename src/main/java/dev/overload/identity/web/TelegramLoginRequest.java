package dev.overload.identity.web;

import dev.overload.identity.domain.TelegramLogin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The Telegram login widget's callback data, passed on unchanged. */
record TelegramLoginRequest(
        @NotNull @Positive Long id,
        @NotBlank @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        @Size(max = 255) String username,
        @Size(max = 2048) String photoUrl,
        @NotNull @Positive Long authDate,
        @NotBlank @Size(max = 128) String hash) {

    TelegramLogin toLogin() {
        return new TelegramLogin(id, firstName, lastName, username, photoUrl, authDate, hash);
    }
}
