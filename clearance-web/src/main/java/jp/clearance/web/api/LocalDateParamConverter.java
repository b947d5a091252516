package jp.clearance.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Lets resources take ISO dates ({@code 2025-05-16}) as query or path parameters: Jersey has no converter for
 * {@link LocalDate} and refuses to deploy a resource that asks for one. A malformed date is a 400.
 */
@Provider
public class LocalDateParamConverter implements ParamConverterProvider {
    private static final ParamConverter<LocalDate> CONVERTER = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new BadRequestException(e);
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) CONVERTER : null;
    }
}
