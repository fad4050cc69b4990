package io.planwatch.evaluation;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * A status read with its strong ETag; no body when the caller's If-None-Match names the current one. Dashboards
 * poll these reads: a 304 costs one primary-key read.
 */
public record Versioned<T>(T body, String etag) {

    public RestResponse<T> response() {
        RestResponse.ResponseBuilder<T> answer = body == null
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(body);
        // private: the answer is for a signed-in reader; no-cache: revalidate each time, which the ETag makes cheap
        return answer.header("ETag", etag)
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
