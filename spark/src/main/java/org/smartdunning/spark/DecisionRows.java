package org.smartdunning.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.smartdunning.policy.Decision;
import org.smartdunning.policy.DecisionColumns;
import org.smartdunning.policy.DecisionRun;

/** Decisions as Parquet rows: the creditor, then the decisions file's columns typed (an empty number is null). */
final class DecisionRows {
    static final String CREDITOR = "creditor";
    static final StructType SCHEMA = schema();

    private DecisionRows() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(CREDITOR, DataTypes.StringType, false));
        for (DecisionColumns.Column column : DecisionColumns.ALL) {
            fields.add(DataTypes.createStructField(column.name(), type(column.kind()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(DecisionColumns.Kind kind) {
        return switch (kind) {
            case TEXT -> DataTypes.StringType;
            case DAY -> DataTypes.DateType;
            case NUMBER -> DataTypes.DoubleType;
        };
    }

    static List<Row> of(String creditor, DecisionRun run) {
        List<Row> rows = new ArrayList<>(run.decisions().size());
        for (Decision decision : run.decisions()) {
            List<Object> values = new ArrayList<>();
            values.add(creditor);
            for (Object value : DecisionColumns.values(decision)) {
                values.add(value instanceof LocalDate day ? Date.valueOf(day)
                        : value instanceof Double number && number.isNaN() ? null : value);
            }
            rows.add(RowFactory.create(values.toArray()));
        }
        return rows;
    }
}
