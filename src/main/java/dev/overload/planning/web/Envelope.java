package dev.overload.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Seed 003's response envelope: {@code {success, message?, data?, pagination?}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Envelope<T>(boolean success, String message, T data, Pagination pagination) {

    static <T> Envelope<T> of(T data) {
        return new Envelope<>(true, null, data, null);
    }

    static <T> Envelope<T> of(String message, T data) {
        return new Envelope<>(true, message, data, null);
    }

    /** Spelled as seed 003 spells it, {@code totalPages} included. */
    record Pagination(long total, int page, int limit, @JsonProperty("totalPages") long totalPages) {

        static Pagination of(long total, int page, int limit) {
            return new Pagination(total, page, limit, (total + limit - 1) / limit);
        }
    }
}
