package io.github.mtlint.cli;

import org.languagetool.JLanguageTool;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code -V}: mtlint's version (from the build) and LanguageTool's. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
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

    @Override
    public String[] getVersion() {
        return new String[] {"mtlint " + version(), "LanguageTool " + JLanguageTool.VERSION + ", Java " + System.getProperty("java.version")};
    }
}
