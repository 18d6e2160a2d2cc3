package io.harmsway.ops.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A force's receiving system, for real: an HTTP server on a free loopback port that verifies each
 * request's Standard Webhooks signature with the secret it was given (written here from the
 * specification, not with the application's code) and answers 204, or 500 as often as it is told
 * to fail ({@link #failEachIdFirst}, {@link #failAlways}).
 */
final class WebhookReceiver implements AutoCloseable {

    private static final int FOREVER = -1;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int failuresPerId;
    private volatile String secret;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/harmsway", this::receive);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/harmsway";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** Answers 500 to the first n requests of every webhook-id, then 204. */
    void failEachIdFirst(int times) {
        failuresPerId = times;
    }

    void failAlways() {
        failuresPerId = FOREVER;
    }

    void recover() {
        failuresPerId = 0;
    }

    List<Received> received(String webhookId) {
        return received.stream().filter(request -> webhookId.equals(request.id())).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        Received request;
        synchronized (this) {
            int status = shouldFail(id) ? 500 : 204;
            request = new Received(id, timestamp, signature, body, verifies(secret, id, timestamp, body, signature), status);
            received.add(request);
        }
        exchange.sendResponseHeaders(request.status(), -1);
        exchange.close();
    }

    private boolean shouldFail(String id) {
        int failures = failuresPerId;
        return failures == FOREVER || received(id).size() < failures;
    }

    /** The check a receiver makes: HMAC-SHA256 of "id.timestamp.body" under the base64 key after whsec_. */
    static boolean verifies(String secret, String id, String timestamp, String body, String signatureHeader) {
        if (secret == null || id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            // The header may carry several space-separated signatures (during a secret's rotation).
            for (String candidate : signatureHeader.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    record Received(String id, String timestamp, String signature, String body, boolean verified, int status) {

        boolean delivered() {
            return status / 100 == 2;
        }
    }
}
