package io.github.mtlint.cli;

import io.github.mtlint.setup.ToolVersion;
import org.languagetool.JLanguageTool;
import picocli.CommandLine;

/** {@code -V}: mtlint's version (from the build) and LanguageTool's. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return ToolVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mtlint " + version(), "LanguageTool " + JLanguageTool.VERSION + ", Java " + System.getProperty("java.version")};
    }
}
