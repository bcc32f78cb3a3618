package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.metrics.MetricsConsistency;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole committed sample, ingested and every month's metrics computed by Spark (once, in {@link
 * SampleWarehouse}): every figure (every metric code, scope and month) is reproduced by the
 * independently written DuckDB SQL over the warehouse's Parquet.
 */
@ExtendWith(SampleWarehouse.Resolver.class)
class SampleMetricsConsistencyIT {
  @Test
  void duckDbReproducesEveryFigureOfTheSample(SampleWarehouse sample) throws Exception {
    assertThat(sample.metrics.periods()).hasSize(25);
    Warehouse warehouse = Warehouse.open(sample.spark, sample.config);
    assertThat(MetricsConsistency.compare(warehouse, warehouse)).isEmpty();
  }
}
