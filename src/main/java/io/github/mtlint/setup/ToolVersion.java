package io.github.mtlint.setup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * mtlint's version, from the properties file the build fills in: what every report names as its tool, for the CLI,
 * the server and the Spark job alike.
 */
public final class ToolVersion {

    private static final String RESOURCE = "/io/github/mtlint/cli/version.properties";

    private ToolVersion() {
    }

    /** The build's version, or {@code dev} when run from classes the build did not fill in. */
    public static String get() {
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
