package jp.clearance.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input found by Bean Validation (Jersey unwraps it from the EJB exception and would otherwise answer
 * with its own bare 400): the same JSON error as every other failure.
 */
@Provider
public class ApiValidationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        ApiExceptionMapper mapper = new ApiExceptionMapper();
        mapper.headers = headers;
        return mapper.toResponse(exception);
    }
}
