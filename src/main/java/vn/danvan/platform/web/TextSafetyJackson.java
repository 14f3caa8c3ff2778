package vn.danvan.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL cannot store U+0000 in text and no petition needs it. Every JSON string the application
 * reads with Spring's ObjectMapper (REST bodies and Kafka event data) is checked as it is parsed, so
 * the caller hears which field is wrong instead of a database error later: a 500 on REST, a record
 * retried and dead-lettered as a fault on Kafka. Camunda's own REST API keeps its own mapper.
 */
@Configuration(proxyBeanMethods = false)
class TextSafetyJackson {

    @Bean
    Module nulRejectingStrings() {
        return new SimpleModule("danvan-text-safety").addDeserializer(String.class, new NulRejectingStringDeserializer());
    }

    static final class NulRejectingStringDeserializer extends StdScalarDeserializer<String> {

        NulRejectingStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(parser, value);
            }
            return value;
        }
    }
}
