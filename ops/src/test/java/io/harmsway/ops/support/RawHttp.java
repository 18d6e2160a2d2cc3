package io.harmsway.ops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTTP/1.1 written by hand on a socket, for what no client library sends: a path it would not
 * encode, a Content-Length with no body behind it.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** The header line that signs a raw request in as the given user. */
    public static String authorization(Api user) {
        return "Authorization: " + user.authorization() + "\r\n";
    }

    /** Sends the request's head (and whatever part of a body follows it) and reads one response. */
    public ResponseEntity<JsonNode> send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return response(socket.getInputStream());
        }
    }

    /**
     * Reads one response: its head, then the body it announces (by length or in chunks); not to the
     * end of the connection, which Tomcat keeps open a while for a body the client announced and
     * never sent.
     */
    private static ResponseEntity<JsonNode> response(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed before the response's head ended: " + head);
            }
            head.write(b);
        }
        List<String> lines = head.toString(StandardCharsets.US_ASCII).strip().lines().toList();
        HttpHeaders headers = new HttpHeaders();
        lines.stream().skip(1).forEach(line -> headers.add(line.substring(0, line.indexOf(':')).trim(),
                line.substring(line.indexOf(':') + 1).trim()));
        byte[] body = headers.getContentLength() >= 0 ? in.readNBytes((int) headers.getContentLength()) : chunked(in);
        return new ResponseEntity<>(JSON.readTree(body), headers, Integer.parseInt(lines.get(0).substring(9, 12)));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed inside a chunked body");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
