package io.github.mtlint.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the rule packs, lexicons and mappings that ship with mtlint are: the top-level {@code rules/}
 * folder, packed into the jar as {@code mtlint-rules/}. Read as a {@link Path} either way.
 */
public final class BundledResources {

    private static final String ROOT = "/mtlint-rules";
    private static final String MARKER = ROOT + "/languagetool.yml";
    private static Path root;

    private BundledResources() {
    }

    public static synchronized Path rulesRoot() throws IOException {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    private static Path locate() throws IOException {
        URL marker = BundledResources.class.getResource(MARKER);
        if (marker == null) {
            throw new IOException("the bundled rules (" + MARKER + ") are missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath(ROOT);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled rules: " + e.getMessage(), e);
        }
    }
}
