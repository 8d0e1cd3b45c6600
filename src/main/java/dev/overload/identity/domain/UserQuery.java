package dev.overload.identity.domain;

import dev.overload.identity.Role;

/** Filters of the administrators' user list: a substring of username or email, and a role. */
public record UserQuery(String search, Role role) {
}
