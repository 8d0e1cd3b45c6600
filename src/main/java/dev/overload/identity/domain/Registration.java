package dev.overload.identity.domain;

/** What a person gives to open an account. */
public record Registration(String username, String email, String password, String firstName, String lastName) {
}
