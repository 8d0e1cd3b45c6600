package dev.overload.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Answers the errors Tomcat raises itself, before a request reaches the application (an encoded slash or a NUL
 * in the path, a request line or headers too long, a malformed request), with the same problem+json, request id
 * and security headers as every other error, instead of Tomcat's HTML page. Tomcat makes it by class name, as
 * its host's error report valve.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** RFC 3986's unreserved and sub-delimiter characters, ':', '@' and '/'; '%' only where it starts an octet. */
    private static final String PATH_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            + "-._~!$&'()*+,;=:@/";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        SecurityHeaders.forPath("", response::setHeader);
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The request could not be processed: " + title.toLowerCase(java.util.Locale.ROOT)
                + "\",\"instance\":\"" + instance(request) + "\",\"request_id\":\"" + requestId + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing more to say.
        }
    }

    /**
     * The request's path as it came, as every problem names it; what Tomcat refused may hold anything, so each
     * character outside a URI path's own (a '%' that starts no octet too) is percent-encoded, which keeps it a URI
     * reference and safe in JSON. Empty when the request line was never read (too long, say).
     */
    private static String instance(Request request) {
        String path = request.getRequestURI();
        if (path == null) {
            return "";
        }
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            char c = (char) (bytes[i] & 0xff);
            boolean escape = c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || c < 0x80 && PATH_CHARACTERS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", bytes[i] & 0xff));
            }
        }
        return encoded.toString();
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
