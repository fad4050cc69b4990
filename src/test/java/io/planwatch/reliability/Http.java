package io.planwatch.reliability;

import io.planwatch.testing.Api;
import io.planwatch.testing.TestTokens;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Raw HTTP for the requests REST Assured would tidy up: byte-exact bodies (invalid UTF-8, 32 MiB of brackets),
 * any Content-Type, sent while other requests go on.
 */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build(); // no h2c upgrade: a refused request closes the connection, which HTTP/2 reports as GOAWAY

    private Http() {}

    static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    static String bearer() {
        return "Bearer " + TestTokens.token(Api.ADMIN_SUBJECT, Set.of("admin"), "450000", null);
    }

    /** The header line of a raw request, as the test administrator. */
    static String authorization() {
        return "Authorization: " + bearer() + "\r\n";
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", bearer());
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return CLIENT.send(
                request(path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
