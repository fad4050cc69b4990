package io.planwatch.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Numbers stay decimal end to end: JSON floats are read as BigDecimal, never through double. Nothing is coerced
 * silently: 1.9 is not an integer and 0 is not an enum constant. A key given twice is an error, not the last one
 * winning; nesting and size are bounded ({@link RequestLimits}), so a body of a million brackets is refused early.
 * Strings are {@link PlainText}: no lone surrogate, no control character but tab and line breaks.
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {

    private final RequestLimits limits;

    public JsonSetup(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    @SuppressWarnings(
            "deprecation") // ALLOW_COERCION_OF_SCALARS: Jackson 2 honours it; its coercion-config successor also
    // refuses more than scalars
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.jsonDepth())
                        .maxDocumentLength(limits.jsonBodyBytes())
                        .maxStringLength(limits.jsonBodyBytes())
                        .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS); // "2030" is not a year and "true" is not a boolean
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.registerModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainStrings()));
    }

    /** Every string of a JSON body is {@link PlainText}; a field holding anything else is a 400 naming it. */
    static final class PlainStrings extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = super.deserialize(p, context);
            String refusal = text == null ? null : PlainText.refusal(text);
            if (refusal != null) {
                throw new NotPlainText(p, refusal);
            }
            return text;
        }
    }

    /** A string that is not {@link PlainText}; the mappers name its field (INVALID_FORMAT). */
    static final class NotPlainText extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        NotPlainText(JsonParser p, String refusal) {
            super(p, refusal);
        }
    }
}
