package dev.overload.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ChangePasswordRequest(@NotBlank @Size(max = 128) String currentPassword,
        @NotNull @StrongPassword String newPassword) {
}
