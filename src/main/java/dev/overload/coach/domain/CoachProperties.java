package dev.overload.coach.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which coach answers: the built-in one unless {@code baseUrl} names an OpenAI-compatible server (ending in
 * {@code /v1}); defaults and environment variables in {@code application.properties}.
 *
 * @param model the model the server is asked for
 * @param apiKey sent to that server only; never logged (blank for local servers that need none)
 * @param timeout how long one request to the server may take
 */
@ConfigurationProperties("overload.coach")
public record CoachProperties(@Nullable String baseUrl, String model, @Nullable String apiKey, Duration timeout) {

    public boolean usesModel() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "CoachProperties[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + (apiKey == null
                || apiKey.isBlank() ? "none" : "(set)") + ", timeout=" + timeout + "]";
    }
}
