package dev.polyfn.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyfn.core.PortableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EventFailurePolicyTest {

    @Test
    void retryIsTheDefaultAndOnlyKnownValuesAreAccepted() {
        assertThat(EventFailurePolicy.from(Settings.of()).mode()).isEqualTo(EventFailurePolicy.Mode.RETRY);
        assertThat(EventFailurePolicy.from(Settings.of(EventFailurePolicy.PROPERTY, " Reject "))
            .mode()).isEqualTo(EventFailurePolicy.Mode.REJECT);
        assertThatThrownBy(() -> EventFailurePolicy.from(Settings.of(EventFailurePolicy.PROPERTY, "drop")))
            .hasMessage("polyfn.events.unprocessable 'drop' is not one of retry, reject.");
    }

    /** Every failure fails the delivery in both modes: nothing is acknowledged that was not processed. */
    @ParameterizedTest
    @CsvSource({
        // status, fails, retry: HTTP status, reject: HTTP status
        "200, false, 200, 200",
        "202, false, 202, 202",
        "400, true,  500, 400",
        "413, true,  500, 413",
        "415, true,  500, 415",
        "404, true,  404, 404",
        "409, true,  409, 409",
        "429, true,  429, 429",
        "500, true,  500, 500",
        "504, true,  504, 504",
        "302, true,  500, 500"})
    void failuresAreNeverAcknowledged(int status, boolean fails, int retryStatus, int rejectStatus) {
        PortableResponse answer = PortableResponse.of(status, PortableResponse.PROBLEM_JSON, "{}");
        EventFailurePolicy retry = new EventFailurePolicy(EventFailurePolicy.Mode.RETRY);
        EventFailurePolicy reject = new EventFailurePolicy(EventFailurePolicy.Mode.REJECT);

        assertThat(retry.failsDelivery(answer)).isEqualTo(fails);
        assertThat(reject.failsDelivery(answer)).isEqualTo(fails);
        assertThat(retry.rejects(answer)).isFalse();
        assertThat(retry.deliveryStatus(answer)).isEqualTo(retryStatus);
        assertThat(reject.deliveryStatus(answer)).isEqualTo(rejectStatus);
        assertThat(reject.rejects(answer)).isEqualTo(fails && EventFailurePolicy.isPermanent(status));
    }
}
