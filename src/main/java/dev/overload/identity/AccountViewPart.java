package dev.overload.identity;

import java.util.Map;
import java.util.UUID;

/**
 * A part of an account that another module keeps (planning: the plan the user trains now), shown in the
 * account's own view ({@code GET /api/users/me}) under the JSON names the module gives. Identity knows
 * nothing of what the parts mean.
 */
public interface AccountViewPart {

    /** The part's fields for the user, by JSON name; a field without value is present with null. */
    Map<String, Object> of(UUID userId);
}
