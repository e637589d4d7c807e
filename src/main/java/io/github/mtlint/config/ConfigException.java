package io.github.mtlint.config;

/** A configuration or rule-file problem the user must fix; the message says where and what. Exit code 2. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
