package dev.polyfn.examples.orders.app;

import dev.polyfn.examples.orders.OrdersFunctions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The orders functions as a local web app: {@code java -jar orders-app.jar [--server.port=N]}. */
@SpringBootApplication
@Import(OrdersFunctions.class)
public class OrdersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersApplication.class, args);
    }
}
