package dev.polyfn.benchmarks.micronaut;

import java.util.Locale;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

/** The same work as every case, as a Micronaut controller: {@code POST /uppercase "hello polyfn"} -> {@code "HELLO POLYFN"}. */
@Controller
public class UppercaseController {

    @Post(value = "/uppercase", consumes = MediaType.TEXT_PLAIN, produces = MediaType.TEXT_PLAIN)
    public String uppercase(@Body String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
