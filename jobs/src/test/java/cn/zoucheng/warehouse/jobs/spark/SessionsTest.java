package cn.zoucheng.warehouse.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** Spark's own settings win over the warehouse's defaults; only what nobody set is filled in. */
class SessionsTest {
  private static final WarehouseConfig LOCAL = WarehouseConfig.of(URI.create("file:/tmp/w/"));

  @Test
  void fillsInTheSmallMachineDefaultsWhereNothingIsSet() {
    Map<String, String> d = Sessions.defaults(new SparkConf(false), LOCAL);
    assertThat(d)
        .containsEntry("spark.master", "local[*]")
        .containsEntry("spark.sql.shuffle.partitions", "4")
        .containsEntry("spark.driver.host", "127.0.0.1")
        .containsEntry(
            "spark.sql.extensions",
            "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
  }

  @Test
  void leavesWhatSparkSubmitSetAndKeepsTheUsersExtensions() {
    SparkConf given =
        new SparkConf(false)
            .set("spark.master", "spark://127.0.0.1:7077")
            .set("spark.sql.shuffle.partitions", "8")
            .set("spark.sql.extensions", "com.example.MyExtensions");
    Map<String, String> d = Sessions.defaults(given, LOCAL);
    assertThat(d)
        .doesNotContainKeys("spark.master", "spark.sql.shuffle.partitions", "spark.driver.host")
        .containsEntry(
            "spark.sql.extensions",
            "com.example.MyExtensions,"
                + "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions");
  }

  @Test
  void theWarehousesOwnSettingWinsOverItsDefaultButNotOverSparks() {
    WarehouseConfig six =
        new WarehouseConfig(
            LOCAL.warehouseRoot(), LOCAL.catalog(), Optional.of("local[2]"), Optional.of(6));
    assertThat(Sessions.defaults(new SparkConf(false), six))
        .containsEntry("spark.master", "local[2]")
        .containsEntry("spark.sql.shuffle.partitions", "6");
    assertThat(
            Sessions.defaults(new SparkConf(false).set("spark.sql.shuffle.partitions", "8"), six))
        .doesNotContainKey("spark.sql.shuffle.partitions");
  }
}
