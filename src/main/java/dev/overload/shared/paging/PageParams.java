package dev.overload.shared.paging;

import dev.overload.shared.errors.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The paging part of a list request, bound from the query string: {@code limit} (1–100, default 20),
 * {@code offset} (default 0) and {@code sort}, a comma-separated list of fields, each descending when
 * prefixed with {@code -} (e.g. {@code sort=-created_at,username}). Each list names the fields it sorts by.
 */
public record PageParams(@Min(1) @Max(100) Integer limit, @Min(0) Integer offset, @Size(max = 200) String sort) {

    public static final int DEFAULT_LIMIT = 20;
    private static final java.util.regex.Pattern FIXED_DIRECTION = java.util.regex.Pattern.compile(
            "\\s(asc|desc)(\\s+nulls\\s+(first|last))?$", java.util.regex.Pattern.CASE_INSENSITIVE);

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    /**
     * @param sortable API field name to entity property, the only fields a client may sort by
     * @param fallback the order when the client names none
     */
    public Pageable pageable(Map<String, String> sortable, Sort fallback) {
        return new OffsetPageable(offsetOrDefault(), limitOrDefault(), sort(sortable, fallback));
    }

    /**
     * The SQL {@code order by} for the requested sort: each field's expression in {@code columns} (API field
     * name to SQL) with its direction, or the {@code fallback} field's when none is asked for, then
     * {@code tiebreaker}, so that pages never share or skip a row. An expression that states its own
     * direction ({@code … desc nulls last}) keeps it whatever the sign.
     */
    public String orderBy(Map<String, String> columns, Sort fallback, String tiebreaker) {
        Map<String, String> fields = new java.util.HashMap<>();
        columns.keySet().forEach(field -> fields.put(field, field));
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort(fields, fallback)) {
            String expression = columns.get(order.getProperty());
            orders.add(FIXED_DIRECTION.matcher(expression).find() ? expression
                    : expression + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add(tiebreaker);
        return String.join(", ", orders);
    }

    public Sort sort(Map<String, String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String field : sort.split(",")) {
            String name = field.strip();
            boolean descending = name.startsWith("-");
            String property = sortable.get(descending ? name.substring(1) : name);
            if (property == null) {
                throw new InvalidFieldException("sort", "can sort by " + String.join(", ", sortable.keySet().stream()
                        .sorted().toList()) + " (prefix - for descending)");
            }
            orders.add(descending ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        return Sort.by(orders).and(fallback);
    }
}
