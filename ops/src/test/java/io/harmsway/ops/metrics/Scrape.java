package io.harmsway.ops.metrics;

import io.harmsway.ops.support.Api;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/prometheus} as Prometheus reads it (signed in as the operator oli): samples by name and labels. */
record Scrape(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? (\\S+)", Pattern.MULTILINE);

    static Scrape as(TestRestTemplate http, Api operator) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, operator.authorization());
        ResponseEntity<String> answer = http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new Scrape(answer.getBody());
    }

    /** Every sample's metric name. */
    Set<String> names() {
        return SAMPLE.matcher(text).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    /** The value of the sample of that name whose labels include all of {@code labels} ({@code key="value"}). */
    OptionalDouble value(String name, String... labels) {
        Matcher samples = SAMPLE.matcher(text);
        while (samples.find()) {
            String found = samples.group(2) == null ? "" : samples.group(2);
            if (samples.group(1).equals(name) && Arrays.stream(labels).allMatch(found::contains)) {
                return OptionalDouble.of(Double.parseDouble(samples.group(3)));
            }
        }
        return OptionalDouble.empty();
    }

    double valueOrZero(String name, String... labels) {
        return value(name, labels).orElse(0);
    }
}
