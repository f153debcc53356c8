package org.smartdunning.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.smartdunning.application.port.ExportedModel;
import org.smartdunning.application.port.SavedModel;

/**
 * A creditor's model as a Parquet row: its training key and provenance (name, version, the
 * history it learned from, seed, parameters, when saved), the metrics it was judged by (JSON) and
 * its portable archive, which the engine reads back as it reads a model from its store.
 */
final class ModelRows {
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(DecisionRows.CREDITOR, DataTypes.StringType, false),
            DataTypes.createStructField("training_key", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("version", DataTypes.StringType, false),
            DataTypes.createStructField("trained_from", DataTypes.DateType, true),
            DataTypes.createStructField("trained_until", DataTypes.DateType, true),
            DataTypes.createStructField("seed", DataTypes.LongType, false),
            DataTypes.createStructField("parameters", DataTypes.StringType, false),
            DataTypes.createStructField("created_at", DataTypes.TimestampType, false),
            DataTypes.createStructField("metrics", DataTypes.StringType, false),
            DataTypes.createStructField("archive", DataTypes.BinaryType, false)));

    private ModelRows() {
    }

    static Row of(String creditor, ExportedModel exported) {
        SavedModel model = exported.model();
        return RowFactory.create(creditor, model.trainingKey(), model.name(), model.version(), day(model.trainedFrom()),
                day(model.trainedUntil()), model.seed(), model.parameters(), Timestamp.from(model.createdAt()),
                exported.metricsJson(), exported.archive());
    }

    private static Date day(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
