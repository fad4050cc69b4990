package io.planwatch.evaluation;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * A status read as sent: its encoded JSON (gzip-compressed when {@code gzip}) with its strong ETag; no bytes when the
 * caller's If-None-Match names the current one. Dashboards poll these reads: a 304 costs one primary-key read, a warm
 * 200 writes bytes encoded once.
 */
public record Versioned(byte[] bytes, boolean gzip, String etag) {

    public RestResponse<byte[]> response() {
        RestResponse.ResponseBuilder<byte[]> answer = bytes == null
                ? RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(bytes);
        if (bytes != null && gzip) {
            answer.header("Content-Encoding", "gzip"); // Vert.x leaves an answer already encoded as it is
        }
        // private: the answer is for a signed-in reader; no-cache: revalidate each time, which the ETag makes cheap
        return answer.header("ETag", etag)
                .header("Vary", "Accept-Encoding")
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
