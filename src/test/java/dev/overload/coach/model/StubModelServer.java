package dev.overload.coach.model;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server for tests (the JDK's own HTTP server), answering the replies queued
 * in order and recording each request. It answers plain HTTP/1.1 whatever the client asks, so a client that offers
 * {@code Upgrade: h2c} (LangChain4j's JDK client does) falls back to HTTP/1.1 as with many real local servers.
 */
public final class StubModelServer implements AutoCloseable {

    /** A reply: its status and body; a held one is sent only when the server is reset or closed. */
    public record Reply(int status, String body, boolean held) {

        public Reply(int status, String body) {
            this(status, body, false);
        }
    }

    /** A request as received. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);

    public StubModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Reply reply = replies.poll();
            if (reply == null) {
                reply = new Reply(500, "{\"error\":{\"message\":\"no reply queued\"}}");
            }
            if (reply.held()) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.incrementAndGet();
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException clientGone) {
                // the client timed out first
            }
            exchange.close();
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public StubModelServer answer(String content) {
        return reply(new Reply(200, completion(content)));
    }

    public StubModelServer reply(Reply reply) {
        replies.add(reply);
        return this;
    }

    public List<Received> received() {
        return received;
    }

    /** How many replies were sent (a held one counts once it is released). */
    public int sent() {
        return sent.get();
    }

    public void reset() {
        release.countDown();
        release = new CountDownLatch(1);
        replies.clear();
        received.clear();
        sent.set(0);
    }

    /** A chat completion whose message is {@code content}. */
    public static String completion(String content) {
        return """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "stub",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}"""
                .formatted(quoted(content));
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
