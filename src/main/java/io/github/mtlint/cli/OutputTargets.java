package io.github.mtlint.cli;

import io.github.mtlint.render.Spool;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the reports go, checked before the run writes any: no report over a file the run reads (compared as
 * files, so links and hard links count), no two reports to one file, and every folder writable. A report file
 * is written whole to a temporary file beside it and renamed over the old one, so an interrupted run leaves the
 * previous report or the new one, never part of one. A failed write to standard output is an error too.
 */
final class OutputTargets {

    /** A report's destination: a file, or standard output when {@code file} is null. */
    record Target(String format, Path file) {
    }

    /** Why a report cannot or could not be written; the message names the file. */
    static final class OutputException extends Exception {
        OutputException(String message) {
            super(message);
        }
    }

    /** Files the run reads, each with what it is ("the input", "the configuration", ...), for the messages. */
    static final class ReadFiles {
        private final Map<Object, String> byIdentity = new HashMap<>();

        void add(Path file, String role) {
            fileKey(file).ifPresent(key -> byIdentity.putIfAbsent(key, role + " " + file));
        }

        /** Every regular file under a folder (or the file itself), as the rule and lexicon loaders read them. */
        void addTree(Path folder, String role) {
            if (!Files.isDirectory(folder)) {
                add(folder, role);
                return;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).forEach(f -> add(f, role));
            } catch (IOException | RuntimeException unreadable) {
                // the loader reports an unreadable folder; nothing in it can be overwritten by a report either
            }
        }

        String roleOf(Path file) {
            return fileKey(file).map(byIdentity::get).orElse(null);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Target> targets;
    /** For each file target, the regular file the report replaces (links followed), or the device it goes to. */
    private final Map<Integer, Path> destinations = new LinkedHashMap<>();

    private OutputTargets(List<Target> targets) {
        this.targets = List.copyOf(targets);
    }

    /** Checks every target; nothing is written, except folders created for reports. */
    static OutputTargets validate(List<Target> targets, ReadFiles read) throws OutputException {
        OutputTargets result = new OutputTargets(targets);
        Map<Object, Path> seen = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Path file = targets.get(i).file();
            if (file == null) {
                continue;
            }
            String role = read.roleOf(file);
            if (role != null) {
                throw new OutputException("refusing to write the report over " + role);
            }
            Path destination = destination(file);
            Path earlier = seen.putIfAbsent(identity(destination), file);
            if (earlier != null) {
                throw new OutputException("two reports would be written to " + file
                        + (earlier.equals(file) ? "" : " (and " + earlier + ")") + "; give each -f its own -o");
            }
            probe(file, destination);
            result.destinations.put(i, destination);
        }
        return result;
    }

    /**
     * Opens every report for a run that writes them as it goes: a temporary file beside each report file, standard
     * output for the first report to it. A later report to standard output, and a report to a device or a pipe (which
     * may be standard output or the terminal too: /dev/stdout, /dev/tty), wait in a spool and are written whole at
     * {@link Open#commit}, so that reports never interleave. Nothing is in place until then.
     */
    Open open(PrintWriter stdout, Spool.Factory spools) throws OutputException {
        Open open = new Open(stdout, spools);
        try {
            for (int i = 0; i < targets.size(); i++) {
                open.writers.add(open.openTarget(i));
            }
            return open;
        } catch (OutputException | RuntimeException e) {
            open.close();
            throw e;
        }
    }

    /** The reports of one run, open for writing. */
    final class Open implements AutoCloseable {
        private final PrintWriter stdout;
        private final Spool.Factory spools;
        private final List<Writer> writers = new ArrayList<>();
        /** Report files written to a temporary file beside them, by target. */
        private final Map<Integer, Path> temporaries = new LinkedHashMap<>();
        /** Reports written whole at the end, by target: later ones to standard output, and those to devices. */
        private final Map<Integer, Spool> held = new LinkedHashMap<>();
        private boolean stdoutTaken;

        private Open(PrintWriter stdout, Spool.Factory spools) {
            this.stdout = stdout;
            this.spools = spools;
        }

        private Writer openTarget(int i) throws OutputException {
            Path file = targets.get(i).file();
            if (file == null && !stdoutTaken) {
                stdoutTaken = true;
                return stdout;
            }
            try {
                Path destination = file == null ? null : destinations.get(i);
                if (file == null || !Files.isRegularFile(destination) && Files.exists(destination)) {
                    Spool spool = spools.open();
                    held.put(i, spool);
                    return spool.writer();
                }
                Path temporary = temporaryBeside(file, destination);
                temporaries.put(i, temporary);
                return new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw failure(i, e);
            }
        }

        /** Where report {@code target} is written. */
        Writer writer(int target) {
            return writers.get(target);
        }

        /** Whether report {@code target} goes straight to standard output as it is written. */
        boolean streamsToStdout(int target) {
            return writers.get(target) == stdout;
        }

        /** The error for a failed write of report {@code target}, naming its file. */
        OutputException failure(int target, IOException e) {
            Path file = targets.get(target).file();
            return new OutputException(file == null ? "cannot write standard output: " + e.getMessage()
                    : "cannot write " + file + ": " + e.getMessage());
        }

        /**
         * Finishes the run's reports: closes the files, writes the reports held for devices (a failure there leaves every
         * report file as it was), renames every report file into place (all of them, only now), then writes the reports
         * held for standard output. A failure on standard output is reported after the files are in place.
         */
        void commit() throws OutputException {
            for (int i = 0; i < writers.size(); i++) {
                if (writers.get(i) == stdout || held.containsKey(i)) {
                    continue;
                }
                try {
                    writers.get(i).close();
                } catch (IOException e) {
                    throw failure(i, e);
                }
            }
            for (Map.Entry<Integer, Spool> report : held.entrySet()) {
                int i = report.getKey();
                if (targets.get(i).file() != null) {
                    try (Writer device = new BufferedWriter(Files.newBufferedWriter(destinations.get(i), StandardCharsets.UTF_8))) {
                        report.getValue().copyTo(device);
                    } catch (IOException e) {
                        throw failure(i, e);
                    }
                }
            }
            for (Map.Entry<Integer, Path> entry : temporaries.entrySet()) {
                moveIntoPlace(entry.getValue(), destinations.get(entry.getKey()), targets.get(entry.getKey()).file());
            }
            temporaries.clear();
            for (Map.Entry<Integer, Spool> report : held.entrySet()) {
                int i = report.getKey();
                if (targets.get(i).file() == null) {
                    try {
                        report.getValue().copyTo(stdout);
                    } catch (IOException e) {
                        throw failure(i, e);
                    }
                }
            }
            stdout.flush();
            if (stdout.checkError()) {
                throw new OutputException("cannot write standard output");
            }
        }

        /** Closes what is still open and deletes what was not put in place: the old reports stay. */
        @Override
        public void close() {
            for (int i = 0; i < writers.size(); i++) {
                if (writers.get(i) != stdout && !held.containsKey(i)) {
                    try {
                        writers.get(i).close();
                    } catch (IOException ignored) {
                        // its file is deleted next
                    }
                }
            }
            for (Spool spool : held.values()) {
                try {
                    spool.close();
                } catch (IOException ignored) {
                    // a spool's file that cannot be deleted now is deleted when the JVM exits
                }
            }
            stdout.flush();
            temporaries.values().forEach(OutputTargets::deleteQuietly);
        }
    }

    /**
     * A new empty file beside the destination, with the permissions the destination has, or else those a new file
     * gets (createTempFile would make it private to the user, and the rename would keep that).
     */
    static Path temporaryBeside(Path file, Path destination) throws OutputException {
        Path folder = destination.toAbsolutePath().getParent();
        for (int attempt = 0; ; attempt++) {
            Path temporary = folder.resolve("." + destination.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                Files.createFile(temporary);
                // a run stopped before the rename leaves no temporary file behind
                temporary.toFile().deleteOnExit();
                if (Files.isRegularFile(destination)) {
                    copyPermissions(destination, temporary);
                }
                return temporary;
            } catch (FileAlreadyExistsException taken) {
                if (attempt > 100) {
                    throw new OutputException("cannot write " + file + ": no free temporary name beside it");
                }
            } catch (IOException | UnsupportedOperationException e) {
                throw new OutputException("cannot write " + file + ": " + describe(e));
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException notPosix) {
            // the new report keeps the default permissions
        }
    }

    private static void moveIntoPlace(Path temporary, Path destination, Path file) throws OutputException {
        try {
            try {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + describe(e));
        }
    }

    /** Fails now, before the run, for a report that could not be written later. */
    private static void probe(Path file, Path destination) throws OutputException {
        if (Files.isDirectory(destination)) {
            throw new OutputException("cannot write " + file + ": it is a folder");
        }
        if (Files.exists(destination) && !Files.isWritable(destination)) {
            throw new OutputException("cannot write " + file + ": permission denied");
        }
        if (Files.exists(destination) && !Files.isRegularFile(destination)) {
            return;
        }
        Path parent = destination.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            deleteQuietly(temporaryBeside(file, destination));
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + describe(e));
        }
    }

    /** The file a report replaces: an existing link's target, so that the link stays and the report goes where it points. */
    private static Path destination(Path file) {
        try {
            return Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** What makes two destinations the same: the file's key when it exists, else its path with real folders. */
    private static Object identity(Path destination) {
        return fileKey(destination).orElseGet(() -> {
            Path parent = destination.getParent();
            try {
                return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(destination.getFileName()) : destination;
            } catch (IOException e) {
                return destination;
            }
        });
    }

    private static Optional<Object> fileKey(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return Optional.of(key != null ? key : file.toRealPath());
        } catch (IOException | RuntimeException notThere) {
            return Optional.empty();
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way of its folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file that cannot be deleted is left for deleteOnExit
        }
    }
}
