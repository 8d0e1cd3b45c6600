package dev.overload.shared;

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
