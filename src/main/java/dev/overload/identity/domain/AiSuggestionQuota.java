package dev.overload.identity.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The periodic top-up of AI plan suggestions ({@code overload.identity.ai-suggestion-refill}). */
@Service
public class AiSuggestionQuota {

    private static final Logger log = LoggerFactory.getLogger(AiSuggestionQuota.class);

    private final UserRepository users;
    private final IdentityProperties properties;

    AiSuggestionQuota(UserRepository users, IdentityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    /** Tops every open account up to the configured number, in one statement; nothing while it is 0. */
    @Transactional
    public int refill() {
        return refillTo(properties.aiSuggestionRefill().upTo());
    }

    @Transactional
    public int refillTo(int upTo) {
        if (upTo <= 0) {
            return 0;
        }
        int refilled = users.refillAiSuggestions(upTo);
        log.info("AI suggestions topped up to {} for {} account(s)", upTo, refilled);
        return refilled;
    }
}
