package dev.overload.shared.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Entity tags built on the versions aggregates already keep: {@code "<version>"}, or {@code "<version>-<variant>"}
 * when the representation also depends on the reader (weights shown in kg or lb). A read answers the tag, so
 * {@code If-None-Match} gets 304; a write whose aggregate is locked checks {@code If-Match} against the version
 * it found, inside the write's transaction, so a stale write changes nothing.
 */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})(?:-[^\"]*)?\"\\s*");

    private ETags() {
    }

    /** The strong entity tag of a version, quoted as HTTP wants it. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The strong entity tag of a version seen in one variant (such as a weight unit). */
    public static String of(long version, String variant) {
        return "\"" + version + "-" + variant.toLowerCase(java.util.Locale.ROOT) + "\"";
    }

    /**
     * Refuses the change (412) when the current request carries {@code If-Match} and none of its tags names
     * {@code currentVersion}, the version the locked resource had before this change. {@code *} matches any.
     * Outside a request (jobs, listeners) there is nothing to check.
     */
    public static void requireMatch(long currentVersion) {
        String ifMatch = header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            Matcher matcher = TAG.matcher(tag);
            if (matcher.matches() && !tag.strip().startsWith("W/")
                    && Long.parseLong(matcher.group(1)) == currentVersion) {
                return;
            }
        }
        throw new PreconditionFailedException();
    }

    private static @Nullable String header(String name) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getHeader(name);
        }
        return null;
    }
}
