package dev.polyfn.aws;

import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Functions the AWS tests need beyond core's testkit: one answering binary content. */
@Configuration(proxyBeanMethods = false)
public class AwsTestFunctions {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

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
