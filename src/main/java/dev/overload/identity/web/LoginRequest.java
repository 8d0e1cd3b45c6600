package dev.overload.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Either {@code username} or {@code email}, and the password. */
record LoginRequest(@Size(max = 254) String username, @Size(max = 254) String email,
        @NotBlank @Size(max = 128) String password) {
}
