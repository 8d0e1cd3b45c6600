package dev.overload.scheduling.domain;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded, CRLF then one space, never inside a UTF-8
 * character. ical4j writes lines unfolded; a long plan name would otherwise break strict calendar clients.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    static String fold(String calendar) {
        StringBuilder folded = new StringBuilder(calendar.length() + calendar.length() / 64);
        for (String line : calendar.split("\r\n", -1)) {
            if (!folded.isEmpty()) {
                folded.append("\r\n");
            }
            foldLine(line, folded);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }
}
