package io.github.mtlint.spark;

import io.github.mtlint.text.UnreadableInputException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.util.SerializableConfiguration;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;

/**
 * The bytes of a folder's files, read where the document is checked (an executor, or the driver for the review page)
 * through the job's Hadoop file systems, so that only file names travel through Spark.
 */
final class FileContents implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SerializableConfiguration hadoop;

    FileContents(Configuration hadoop) {
        this.hadoop = new SerializableConfiguration(hadoop);
    }

    /** The file's bytes; a file that cannot be read is the document's input error, named as the CLI names it. */
    byte[] read(String path, String displayPath) throws UnreadableInputException {
        Path file = new Path(path);
        FileSystem fs = null;
        try {
            fs = file.getFileSystem(hadoop.value());
            try (FSDataInputStream in = fs.open(file)) {
                return in.readAllBytes();
            }
        } catch (FileNotFoundException e) {
            // the local file system says so of a file it may not read, and of a folder, too: say what check says
            throw new UnreadableInputException(displayPath, !exists(fs, file) ? "no such file"
                    : isFolder(fs, file) ? "is a directory"
                    : String.valueOf(e.getMessage()).contains("Permission denied") ? "permission denied"
                    : "cannot read: " + e.getMessage());
        } catch (AccessControlException | AccessDeniedException e) {
            throw new UnreadableInputException(displayPath, "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadableInputException(displayPath, "cannot read: " + e.getMessage());
        }
    }

    private static boolean exists(FileSystem fs, Path file) {
        try {
            return fs != null && fs.exists(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isFolder(FileSystem fs, Path file) {
        try {
            return fs.getFileStatus(file).isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    /** A text column (tables) or the file a path column names (folders), as the bytes the CLI would read. */
    byte[] bytes(String text, String path, String displayPath) throws UnreadableInputException {
        return path == null ? text.getBytes(StandardCharsets.UTF_8) : read(path, displayPath);
    }
}
