package dev.overload.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The hand-written header rules answer as Spring's regular expressions did, for every input tried. */
class BearerTokenHeaderTests {

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def.ghi", "bearer abc", "BEARER a-b_c~d+e/f.g", "Bearer abc==", "Bearer a=",
            "Bearer =", "Bearer ", "Bearer", "bearer", "Bearerabc", "Bearer  abc", "Bearer abc ", "Bearer a=b",
            "Bearer ab\tc", "Bearer abc\n", "Bearer äbc", "Bearer abc,def", "Basic YWxhZGRpbjpvcGVu", "", "Token abc",
            "bEaReR x", "BearerX abc", "Bearer abc=== ", "Bearer abc==="})
    void answersAsSpringsResolver(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", header);
        String expected;
        try {
            expected = spring.resolve(request);
        } catch (OAuth2AuthenticationException malformed) {
            assertThatThrownBy(() -> BearerTokenHeader.token(header))
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessage(malformed.getMessage());
            return;
        }
        assertThat(BearerTokenHeader.token(header)).isEqualTo(expected);
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(BearerTokenHeader.token(null)).isNull();
    }

    @Test
    void firewallHeaderRuleMatchesSpringsExpressionForEveryCodePoint() {
        Pattern springs = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT).forEach(codePoint -> {
            String text = "a" + Character.toString(codePoint) + "b";
            assertThat(SecurityConfiguration.assignedAndNotControl(text)).as("U+%04X", codePoint)
                    .isEqualTo(springs.matcher(text).matches());
        });
    }
}
