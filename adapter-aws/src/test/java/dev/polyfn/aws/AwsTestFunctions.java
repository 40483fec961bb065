package dev.polyfn.aws;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.polyfn.core.ChangeEvent;
import dev.polyfn.core.ProblemException;
import dev.polyfn.core.StreamRecord;
import dev.polyfn.core.testkit.TestkitFunctions.Payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Functions the AWS tests need beyond core's testkit: one answering binary content, one recording its calls. */
@Configuration(proxyBeanMethods = false)
public class AwsTestFunctions {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The payment ids {@link #recordPayment()} was called with, in order (tests clear it first). */
    static final List<String> RECORDED = new CopyOnWriteArrayList<>();

    /** Records each payment it is called with; fails (400) for an amount that is not positive. */
    @Bean
    public Consumer<Payment> recordPayment() {
        return payment -> {
            RECORDED.add(payment.paymentId());
            if (payment.amount().compareTo(BigDecimal.ZERO) <= 0) {
                throw new ProblemException(400, "amount must be positive");
            }
        };
    }

    /** The portable events {@link #recordStream()} and {@link #recordChange()} were called with, in order (tests clear it first). */
    static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

    /** Records each stream record it is called with. */
    @Bean
    public Consumer<StreamRecord> recordStream() {
        return EVENTS::add;
    }

    /** Records each change event it is called with. */
    @Bean
    public Consumer<ChangeEvent> recordChange() {
        return EVENTS::add;
    }

    /** Answers the PNG signature followed by the request bytes, as {@code application/octet-stream}. */
    @Bean
    public Function<byte[], byte[]> thumbnail() {
        return in -> {
            byte[] out = new byte[PNG_SIGNATURE.length + in.length];
            System.arraycopy(PNG_SIGNATURE, 0, out, 0, PNG_SIGNATURE.length);
            System.arraycopy(in, 0, out, PNG_SIGNATURE.length, in.length);
            return out;
        };
    }
}
