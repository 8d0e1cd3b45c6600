package dev.overload.webapp;

import static dev.overload.Mailbox.awaitMails;
import static dev.overload.Mailbox.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overload.Api;
import dev.overload.ApiTest;
import dev.overload.TestUser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A lifter who forgot the password asks for an email, follows its link, sets a new password and logs in. */
@ApiTest
class WebAppPasswordResetTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("(/reset-password\\?token=\\S+)");

    @Autowired
    Api api;

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() {
        TestUser user = api.newUser();

        browser.open("/login");
        browser.heading("Log in");
        browser.clickLink("Forgot your password?");
        browser.heading("Reset your password");
        browser.type("Email", user.email());
        browser.click("Email me a link");
        browser.waitForText(By.cssSelector("main [role=status]"), "an email with a link is on its way");
        browser.check("reset-request");

        Matcher link = LINK.matcher(text(awaitMails(user.email(), 1).getLast()));
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.heading("Choose a new password");
        browser.type("New password", "short");
        browser.click("Set password");
        browser.visible(By.id("f-new_password-error"));
        browser.check("reset-confirm");
        browser.type("New password", "another-horse-7");
        browser.click("Set password");
        browser.waitForText(By.cssSelector("main [role=status]"), "Your password is changed");

        browser.clickLink("Log in");
        browser.heading("Log in");
        browser.type("Username or email", user.email());
        browser.type("Password", "another-horse-7");
        browser.click("Log in");
        browser.heading("Today");
    }
}
