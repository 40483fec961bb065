package dev.polyfn.benchmarks.quarkus;

import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The same work as every case, as a Quarkus REST resource: {@code POST /uppercase "hello polyfn"} -> {@code "HELLO POLYFN"}. */
@Path("/uppercase")
public class UppercaseResource {

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String uppercase(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
