package cn.zoucheng.warehouse.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ViewDocsTest {
  @Test
  void theCommittedDocumentIsWhatTheSchemasSay() throws Exception {
    Path doc = Path.of("..", "docs", "warehouse-views.md");
    assertThat(Files.readString(doc))
        .as("docs/warehouse-views.md is stale: run bin/warehouse docs and commit it")
        .isEqualTo(ViewDocs.markdown());
  }

  @Test
  void documentsEveryViewMetricAndReason() {
    String md = ViewDocs.markdown();
    for (WarehouseTable v : TableCatalog.viewed()) {
      assertThat(md).contains("## `" + v.view().orElseThrow() + "`");
    }
    for (Metric m : MetricCatalog.ALL) {
      assertThat(md).contains("| `" + m.code() + "` | " + m.label() + " | ");
    }
    assertThat(md).contains("`DUPLICATE_KEY`", "身份证号", "applicant_id_number_masked");
  }
}
