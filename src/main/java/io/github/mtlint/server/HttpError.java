package io.github.mtlint.server;

/** A request the server refuses, with the status and the one-line reason the client gets. */
final class HttpError extends Exception {

    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }
}
