package io.github.mtlint.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** mtlint's version, from the properties file the build fills in (the one {@code mtlint --version} reads). */
final class ToolVersion {

    private static final String RESOURCE = "/io/github/mtlint/cli/version.properties";

    private ToolVersion() {
    }

    static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
