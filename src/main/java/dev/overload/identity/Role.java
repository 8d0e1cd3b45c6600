package dev.overload.identity;

/** What an account may do: every account is a USER; trainers run clients' training; admins run the service. */
public enum Role {
    USER,
    TRAINER,
    ADMIN
}
