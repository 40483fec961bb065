package dev.polyfn.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** DynamoDB attribute-value JSON to plain JSON, every data type, and what is not an attribute value. */
class DynamoDbAttributeValuesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void convertsEveryDataType() {
        JsonNode image = JSON.readTree("""
                {"s":{"S":"p-1"},"n":{"N":"10.00"},"b":{"B":"aGVsbG8="},"t":{"BOOL":true},"z":{"NULL":true},
                 "ss":{"SS":["a","b"]},"ns":{"NS":["1","2.5"]},"bs":{"BS":["aGk="]},
                 "m":{"M":{"k":{"S":"v"}}},"l":{"L":[{"N":"1"},{"M":{}}]}}""");
        Map<String, Object> item = DynamoDbAttributeValues.item(image);
        assertThat(item).containsEntry("s", "p-1").containsEntry("n", new BigDecimal("10.00"))
            .containsEntry("b", "aGVsbG8=").containsEntry("t", true).containsEntry("z", null)
            .containsEntry("ss", List.of("a", "b")).containsEntry("ns", List.of(BigDecimal.ONE, new BigDecimal("2.5")))
            .containsEntry("bs", List.of("aGk=")).containsEntry("m", Map.of("k", "v"))
            .containsEntry("l", List.of(BigDecimal.ONE, Map.of()));
        assertThat(JSON.writeValueAsString(Map.of("n", item.get("n")))).isEqualTo("{\"n\":10.00}");
    }

    @Test
    void anAbsentImageIsNull() {
        assertThat(DynamoDbAttributeValues.item(JSON.readTree("{}").path("NewImage"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":{\"N\":\"ten\"}}", "{\"a\":{\"S\":1}}", "{\"a\":{\"X\":\"?\"}}", "{\"a\":{\"S\":\"x\",\"N\":\"1\"}}",
        "{\"a\":\"plain\"}", "{\"a\":{\"B\":\"not base64!\"}}", "{\"a\":{\"NULL\":false}}", "{\"a\":{\"BOOL\":\"yes\"}}",
        "{\"a\":{\"M\":[]}}", "{\"a\":{\"L\":{}}}", "{\"a\":{\"SS\":[1]}}", "{\"a\":{\"M\":{\"b\":{\"N\":\"1e\"}}}}"
    })
    void rejectsWhatIsNotAnAttributeValue(String image) {
        assertThatThrownBy(() -> DynamoDbAttributeValues.item(JSON.readTree(image)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute 'a");
    }
}
