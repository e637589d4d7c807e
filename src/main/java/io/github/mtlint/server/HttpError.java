package io.github.mtlint.server;

import java.util.List;

/** A request the server refuses, with the status and the one-line reason the client gets. */
final class HttpError extends Exception {

    private final int status;
    private final List<String> allowed;

    HttpError(int status, String message) {
        this(status, message, List.of());
    }

    private HttpError(int status, String message, List<String> allowed) {
        super(message);
        this.status = status;
        this.allowed = allowed;
    }

    int status() {
        return status;
    }

    /** For a 405, the methods the page takes, which the answer's Allow header names. */
    List<String> allowed() {
        return allowed;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError methodNotAllowed(String... methods) {
        return new HttpError(405, "use " + String.join(" or ", methods), List.of(methods));
    }
}
