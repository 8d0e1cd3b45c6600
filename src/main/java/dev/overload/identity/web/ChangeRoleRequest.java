package dev.overload.identity.web;

import dev.overload.identity.Role;
import jakarta.validation.constraints.NotNull;

record ChangeRoleRequest(@NotNull Role role) {
}
