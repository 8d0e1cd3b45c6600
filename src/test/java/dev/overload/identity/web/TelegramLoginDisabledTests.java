package dev.overload.identity.web;

import static org.hamcrest.Matchers.equalTo;

import dev.overload.Api;
import dev.overload.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Without a bot token Telegram login does not exist: even correctly signed data finds no endpoint. */
@ApiTest
@TestPropertySource(properties = "overload.identity.telegram-bot-token=")
class TelegramLoginDisabledTests {

    @Autowired
    Api api;

    @Test
    void telegramLoginIsNotFoundWithoutABotToken() {
        var data = TelegramLoginTests.signed(
                TelegramLoginTests.widgetData(TelegramLoginTests.newTelegramId(), null, "Ann", null));

        api.anonymous().body(data).post("/api/auth/telegram")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/auth/telegram"));
    }

    @Test
    void passwordAccountsAreUnaffected() {
        api.newUser();
    }
}
