package io.harmsway.ops.web.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;

/**
 * Jackson as the API reads requests: a key given twice, data after the object, a number or a
 * boolean as text (or text as one), 9.5 as a whole number, an enum name padded, mis-cased or given
 * by its index, a number as a time, and a null inside a list or a map are all refused, where
 * Jackson by default takes the last key, coerces, truncates, trims, counts from 1970 or stores the
 * null for a later 500. Unknown fields stay ignored (a body cannot name the actor either way).
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static Jackson2ObjectMapperBuilder configure(Jackson2ObjectMapperBuilder builder) {
        return builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .postConfigurer(StrictJson::refuseCoercionAndNulls);
    }

    private static void refuseCoercionAndNulls(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("strict-json")
                .addDeserializer(Instant.class, new IsoInstantDeserializer())
                .setDeserializerModifier(new ExactEnumNames()));
    }
}
