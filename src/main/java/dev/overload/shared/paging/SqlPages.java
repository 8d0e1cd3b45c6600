package dev.overload.shared.paging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side's two ways of reading many rows in a bounded number of statements: a filtered, sorted page
 * with the total of all matching rows, and the children of many parents at once, grouped by parent.
 */
public final class SqlPages {

    private static final String TOTAL = "page_total";

    private SqlPages() {
    }

    /**
     * One page of {@code select <columns> <from> order by <orderBy>}, with the count of all rows {@code from}
     * matches. The total rides along with the page ({@code count(*) over ()}); only a page past the end, which
     * has no row to carry it, costs a count of its own.
     *
     * @param from {@code from … where …}, its parameters in {@code params}
     * @param orderBy SQL order, from a whitelist (see {@link PageParams#orderBy})
     */
    public static <T> ResultPage<T> page(JdbcClient jdbc, String columns, String from, String orderBy,
            Map<String, ?> params, PageParams page, RowMapper<T> rows) {
        AtomicLong total = new AtomicLong();
        List<T> items = jdbc.sql("select " + columns + ", count(*) over () as " + TOTAL + " " + from + " order by "
                + orderBy + " limit :page_limit offset :page_offset")
                .params(params)
                .param("page_limit", page.limitOrDefault())
                .param("page_offset", page.offsetOrDefault())
                .query((rs, n) -> {
                    total.set(rs.getLong(TOTAL));
                    return rows.mapRow(rs, n);
                })
                .list();
        if (items.isEmpty() && page.offsetOrDefault() > 0) {
            total.set(jdbc.sql("select count(*) " + from).params(params).query(Long.class).single());
        }
        return new ResultPage<>(items, total.get());
    }

    /** One page of the rows {@code filter} matches, with their total (see above). */
    public static <T> ResultPage<T> page(JdbcClient jdbc, String columns, SqlFilter filter, String orderBy,
            PageParams page, RowMapper<T> rows) {
        return page(jdbc, columns, filter.fromWhere(), orderBy, filter.params(), page, rows);
    }

    /**
     * The rows of {@code sql} for many parents in one statement ({@code :parents} is bound to their ids),
     * grouped by the parent id in column {@code parentColumn}, each group in the statement's order.
     */
    public static <T> Map<UUID, List<T>> byParent(JdbcClient jdbc, String sql, Collection<UUID> parents,
            String parentColumn, RowMapper<T> rows) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        if (parents.isEmpty()) {
            return grouped;
        }
        jdbc.sql(sql).param("parents", parents.toArray(UUID[]::new)).query((rs, n) -> grouped
                .computeIfAbsent(rs.getObject(parentColumn, UUID.class), parent -> new java.util.ArrayList<>())
                .add(rows.mapRow(rs, n))).list();
        return grouped;
    }
}
