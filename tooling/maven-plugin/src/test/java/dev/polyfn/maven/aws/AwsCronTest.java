package dev.polyfn.maven.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsCronTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 2 * * *|cron(0 2 * * ? *)",
        "*/15 * * * *|cron(*/15 * * * ? *)",
        "30 6 1 * *|cron(30 6 1 * ? *)",
        "0 9 * * MON-FRI|cron(0 9 ? * MON-FRI *)",
        "0 9 * * 1-5|cron(0 9 ? * 2-6 *)",
        "0 9 * * 0,6|cron(0 9 ? * 1,7 *)",
        "0 9 * * 7|cron(0 9 ? * 1 *)",
        "0 9 * * 1/2|cron(0 9 ? * 2/2 *)" })
    void unixCronBecomesAnEventBridgeExpression(String unix, String eventBridge) {
        assertThat(AwsCron.of(List.of(unix.split(" ")))).isEqualTo(eventBridge);
    }

    @Test
    void bothDayFieldsCannotBeRestricted() {
        assertThatThrownBy(() -> AwsCron.of(List.of("0", "9", "1", "*", "MON")))
            .hasMessageContaining("both a day of the month and a day of the week");
    }
}
