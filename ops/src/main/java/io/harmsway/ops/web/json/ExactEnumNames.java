package io.harmsway.ops.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.util.Arrays;

/**
 * An enum value only by its exact name. Jackson trims a name before looking it up, so
 * {@code " HIGH "} would read as {@code HIGH}; no feature turns that off.
 */
final class ExactEnumNames extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription description, JsonDeserializer<?> deserializer) {
        return new ExactName(deserializer, type.getRawClass());
    }

    private static final class ExactName extends DelegatingDeserializer {

        private final Class<?> enumType;

        ExactName(JsonDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactName(delegate, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !isConstantName(parser.getText())) {
                return context.handleWeirdStringValue(enumType, parser.getText(), "not one of the values accepted");
            }
            return super.deserialize(parser, context);
        }

        private boolean isConstantName(String text) {
            return Arrays.stream(enumType.getEnumConstants())
                    .anyMatch(constant -> ((Enum<?>) constant).name().equals(text));
        }
    }
}
