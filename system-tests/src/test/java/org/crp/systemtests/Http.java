package org.crp.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Raw HTTP for the matrix and hostile-input suites: exact bytes, any method and content type, streamed or
 * sized bodies, thread-safe. The gateway's rate limit (429 with Retry-After) is obeyed, as a polite client
 * would, so that the suites measure authorization and validation rather than the caller's own speed.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    public record Answer(int status, String contentType, String body) {
        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public String brief() {
            String text = body == null ? "" : body.replaceAll("\\s+", " ");
            return status + " " + contentType + " " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
        }
    }

    /** A request to send, built fresh for every attempt (a streamed body can be read only once). */
    public static final class Call {
        final String method;
        final String url;
        final Map<String, String> headers = new LinkedHashMap<>();
        Supplier<BodyPublisher> body = HttpRequest.BodyPublishers::noBody;

        private Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call bearer(String token) {
            return token == null ? this : header("Authorization", "Bearer " + token);
        }

        public Call json(String json) {
            return body("application/json", json);
        }

        public Call body(String contentType, String text) {
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            this.body = () -> HttpRequest.BodyPublishers.ofString(text);
            return this;
        }

        public Call body(String contentType, Supplier<BodyPublisher> publisher) {
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            this.body = publisher;
            return this;
        }

        public Answer send() {
            return Http.send(this);
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    public static Call call(String method, String url) {
        return new Call(method, url);
    }

    static Answer send(Call call) {
        for (int attempt = 0;; attempt++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(call.url)).timeout(Duration.ofSeconds(60))
                    .method(call.method, call.body.get());
            call.headers.forEach(builder::header);
            try {
                HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < 20) {
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1L);
                    Thread.sleep(Math.min(wait, 5L) * 1000L);
                    continue;
                }
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                        response.body());
            } catch (IOException e) {
                if (attempt < 2 && call.body.get().contentLength() >= 0) {
                    continue;
                }
                // The server may close the connection while a refused body is still being sent.
                return new Answer(-1, null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
