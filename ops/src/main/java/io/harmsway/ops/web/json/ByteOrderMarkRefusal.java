package io.harmsway.ops.web.json;

import io.harmsway.ops.web.validation.RefusedInput;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * A JSON body that starts with a byte-order mark is refused. RFC 8259 says a sender must not add
 * one; Jackson skips it in UTF-8 and reads it as a character in other charsets, so refusing it is
 * the one answer that is the same whatever the declared charset.
 */
@ControllerAdvice
public class ByteOrderMarkRefusal extends RequestBodyAdviceAdapter {

    private static final byte[][] MARKS = {
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        PushbackInputStream body = new PushbackInputStream(message.getBody(), 3);
        byte[] start = body.readNBytes(3);
        if (startsWithMark(start)) {
            throw new RefusedInput("body", "starts with a byte-order mark; send UTF-8 JSON without one");
        }
        body.unread(start);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private static boolean startsWithMark(byte[] start) {
        for (byte[] mark : MARKS) {
            if (start.length >= mark.length && Arrays.equals(start, 0, mark.length, mark, 0, mark.length)) {
                return true;
            }
        }
        return false;
    }
}
