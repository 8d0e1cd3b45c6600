package dev.overload.shared.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@code from … where …} of a filtered list and its parameters, for {@link SqlPages#page}: conditions joined by
 * {@code and}, each filter's condition added only when the client gave that filter.
 */
public final class SqlFilter {

    /** The escape character of the patterns {@link #likeEscaped} makes; SQL says {@code escape '!'}. */
    public static final char LIKE_ESCAPE = '!';

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** @param from {@code from …} with its joins, without {@code where} */
    public SqlFilter(String from) {
        this.from = from;
    }

    /** A condition that always holds, such as who may see the rows. */
    public SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition that always holds, with its parameter. */
    public SqlFilter where(String condition, String param, Object value) {
        params.put(param, value);
        return where(condition);
    }

    /** The condition, with {@code param} bound to the value, when the value is given (not null). */
    public SqlFilter when(@Nullable Object value, String condition, String param) {
        return when(value, condition, param, Function.identity());
    }

    /** The condition, with {@code param} bound to what {@code bound} makes of the value, when it is given. */
    public <T> SqlFilter when(@Nullable T value, String condition, String param, Function<? super T, ?> bound) {
        return value == null ? this : where(condition, param, bound.apply(value));
    }

    /** The condition, with {@code param} bound to the term stripped, when a term is given (neither null nor blank). */
    public SqlFilter whenText(@Nullable String term, String condition, String param,
            Function<String, String> bound) {
        return term == null || term.isBlank() ? this : where(condition, param, bound.apply(term.strip()));
    }

    /** {@code from … where …} (just {@code from …} without conditions). */
    public String fromWhere() {
        return conditions.isEmpty() ? from : from + " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** The term as a literal part of a LIKE pattern: {@code %}, {@code _} and {@link #LIKE_ESCAPE} escaped. */
    public static String likeEscaped(String term) {
        String escape = String.valueOf(LIKE_ESCAPE);
        return term.replace(escape, escape + escape).replace("%", escape + "%").replace("_", escape + "_");
    }
}
