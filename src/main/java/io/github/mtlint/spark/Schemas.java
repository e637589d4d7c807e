package io.github.mtlint.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The columns of the job's tables. Finding fields are named as in the JSON report contract. */
final class Schemas {

    static final String ID = "id";
    static final String GROUP = "group";
    static final String TEXT = "text";
    static final String PATH = "path";
    static final String MALFORMED = "malformed";
    static final String SOURCE_ID = "sourceId";
    static final String SOURCE = "source";
    static final String SOURCE_PATH = "sourcePath";
    static final String SOURCE_LANGUAGE = "sourceLanguage";
    /** A folder's file: its size when listed, so that one over the size limit is refused before it is read. */
    static final String PATH_BYTES = "pathBytes";
    static final String FINDINGS = "findings";
    static final String ERROR = "error";
    static final String ERROR_KIND = "errorKind";

    /**
     * What every input becomes: a text (tables) or the file that holds it (folders: the checker reads it), or why the
     * row is not usable; and the source it was translated from, when there is one, in the same two ways, with its name
     * and language tag (null: told from its script).
     */
    static final StructType INPUT = new StructType(new StructField[] {
            nullable(ID, DataTypes.StringType),
            nullable(GROUP, DataTypes.StringType),
            nullable(TEXT, DataTypes.StringType),
            nullable(PATH, DataTypes.StringType),
            nullable(MALFORMED, DataTypes.StringType),
            nullable(SOURCE_ID, DataTypes.StringType),
            nullable(SOURCE, DataTypes.StringType),
            nullable(SOURCE_PATH, DataTypes.StringType),
            nullable(SOURCE_LANGUAGE, DataTypes.StringType),
            nullable(PATH_BYTES, DataTypes.LongType)});

    /** One finding: the JSON contract's issue fields. */
    static final StructType FINDING = new StructType(new StructField[] {
            required("rule", DataTypes.StringType),
            required("category", DataTypes.StringType),
            required("severity", DataTypes.StringType),
            required("message", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            required("line", DataTypes.IntegerType),
            required("column", DataTypes.IntegerType),
            required("endLine", DataTypes.IntegerType),
            required("endColumn", DataTypes.IntegerType),
            required("text", DataTypes.StringType),
            required("suggestions", DataTypes.createArrayType(DataTypes.StringType, false)),
            required("fingerprint", DataTypes.StringType),
            nullable("sourceStart", DataTypes.IntegerType),
            nullable("sourceEnd", DataTypes.IntegerType),
            nullable("sourceText", DataTypes.StringType),
            nullable("segment", DataTypes.StringType)});

    /** One checked document with its findings; the documents table is this without the findings. */
    static final StructType CHECKED = new StructType(new StructField[] {
            nullable(ID, DataTypes.StringType),
            nullable(GROUP, DataTypes.StringType),
            nullable("words", DataTypes.IntegerType),
            nullable("penalty", DataTypes.DoubleType),
            nullable("normedPenalty", DataTypes.DoubleType),
            nullable("score", DataTypes.DoubleType),
            nullable("passed", DataTypes.BooleanType),
            nullable(ERROR, DataTypes.StringType),
            nullable(ERROR_KIND, DataTypes.StringType),
            required(FINDINGS, DataTypes.createArrayType(FINDING, false))});

    /** One group (an MT system, a batch): the table a vendor audit reads. */
    static final StructType SUMMARY = new StructType(new StructField[] {
            nullable(GROUP, DataTypes.StringType),
            required("documents", DataTypes.LongType),
            required("checked", DataTypes.LongType),
            required("words", DataTypes.LongType),
            required("penalty", DataTypes.DoubleType),
            required("normedPenalty", DataTypes.DoubleType),
            required("score", DataTypes.DoubleType),
            required("passed", DataTypes.BooleanType),
            required("failing", DataTypes.LongType),
            required("findings", DataTypes.LongType),
            required("bySeverity", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false)),
            required("byCategory", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false)),
            required("malformed", DataTypes.LongType),
            required("errors", DataTypes.LongType)});

    static final String ERROR_KIND_INPUT = "input";
    static final String ERROR_KIND_INTERNAL = "internal";

    private Schemas() {
    }

    private static StructField nullable(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, false);
    }
}
