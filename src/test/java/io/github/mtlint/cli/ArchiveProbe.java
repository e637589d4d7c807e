package io.github.mtlint.cli;

/** A program for {@link ClassDataArchiveTest} to run in a JVM of its own, from a jar, with an archive's options. */
public final class ArchiveProbe {

    private ArchiveProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe ran");
    }
}
