package dev.polyfn.core.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.Problem;
import dev.polyfn.core.internal.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (405 wrong method, 404 unknown path, 406, ...) in the same problem+json shape as a
 * function's errors, {@code type} included, whatever the {@code Accept} header.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebProblemHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        int status = statusCode.value();
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
                : Problems.title(status);
        String instance = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI()
                : "about:blank";
        byte[] json = Problems.toJson(new Problem("about:blank", Problems.title(status), status, detail, instance,
                List.of())).getBytes(StandardCharsets.UTF_8);
        HttpHeaders answerHeaders = new HttpHeaders();
        if (headers != null) {
            answerHeaders.addAll(headers);
        }
        answerHeaders.setContentType(MediaType.parseMediaType(PortableResponse.PROBLEM_JSON));
        return ResponseEntity.status(statusCode).headers(answerHeaders).body(json);
    }
}
