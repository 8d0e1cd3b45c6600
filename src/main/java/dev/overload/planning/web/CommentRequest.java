package dev.overload.planning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CommentRequest(@NotBlank @Size(max = 2000) String body) {
}
