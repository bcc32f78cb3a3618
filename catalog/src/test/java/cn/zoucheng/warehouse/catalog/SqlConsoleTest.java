package cn.zoucheng.warehouse.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.catalog.WarehouseState.TableState;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analysts' console over a small hand-made warehouse (two committed runs of the towns table,
 * the raw layer beside them): queries answer, as of either run; nothing else runs, and trying
 * changes not one byte of the warehouse folder.
 */
class SqlConsoleTest {
  @TempDir Path root;

  @BeforeEach
  void twoRuns() throws Exception {
    String towns =
        TableCatalog.reference(cn.zoucheng.warehouse.schemas.reference.ReferenceTable.TOWNS)
            .qualifiedName();
    String raw =
        TableCatalog.deliveries(cn.zoucheng.warehouse.schemas.exports.ExportCatalog.PROXY_CASES)
            .folder();
    Files.createDirectories(root.resolve("reference/towns/data"));
    Files.createDirectories(root.resolve(raw + "/data"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "COPY (SELECT '370883001' AS town_code, '钢山街道' AS town_name, '街道' AS town_kind,"
              + " 'gangshan' AS town_pinyin) TO '"
              + root.resolve("reference/towns/data/a.parquet")
              + "' (FORMAT parquet)");
      st.execute(
          "COPY (SELECT '370883001' AS town_code, '钢山街道（改）' AS town_name, '街道' AS town_kind,"
              + " 'gangshan' AS town_pinyin) TO '"
              + root.resolve("reference/towns/data/b.parquet")
              + "' (FORMAT parquet)");
      st.execute(
          "COPY (SELECT '张三' AS applicant_name) TO '"
              + root.resolve(raw + "/data/raw.parquet")
              + "' (FORMAT parquet)");
    }
    WarehouseState first = state("run-1", towns, "reference/towns/data/a.parquet");
    WarehouseState second = state("run-2", towns, "reference/towns/data/b.parquet");
    for (WarehouseState s : List.of(first, second)) {
      Files.createDirectories(root.resolve(RunRecords.FOLDER));
      Files.write(root.resolve(RunRecords.path(s.runId())), s.toJson());
    }
    DuckDbCatalog.write(root, second);
  }

  private static WarehouseState state(String runId, String table, String file) {
    return new WarehouseState(
        runId,
        "run",
        LocalDateTime.of(2026, 11, 5, 8, 0),
        Optional.empty(),
        Optional.empty(),
        Map.of(table, new TableState(Optional.of(1L), List.of(file))));
  }

  private String name(SqlConsole console) throws Exception {
    return console.query(
        "SELECT town_name FROM towns",
        rs -> {
          rs.next();
          return rs.getString(1);
        });
  }

  @Test
  void answersQueriesNowAndAsOfAnEarlierRun() throws Exception {
    try (SqlConsole now = SqlConsole.open(root)) {
      assertThat(name(now)).isEqualTo("钢山街道（改）");
      assertThat(
              now.<Long>query(
                  "WITH t AS (SELECT * FROM towns) SELECT count(*) FROM t",
                  rs -> {
                    rs.next();
                    return rs.getLong(1);
                  }))
          .isEqualTo(1L);
      for (String q :
          List.of(
              "DESCRIBE towns",
              "SUMMARIZE towns",
              "SHOW TABLES",
              "FROM towns",
              "EXPLAIN SELECT * FROM towns",
              "SELECT * FROM warehouse_run")) {
        assertThat(now.<Boolean>query(q, rs -> rs.next())).as(q).isTrue();
      }
    }
    try (SqlConsole then = SqlConsole.openAsOf(root, "run-1")) {
      assertThat(name(then)).isEqualTo("钢山街道");
    }
    assertThatThrownBy(() -> SqlConsole.openAsOf(root, "run-9"))
        .hasMessageContaining("no committed run run-9");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COPY (SELECT 1) TO 'reference/towns/data/x.parquet'",
        "COPY (SELECT 1) TO 'warehouse.duckdb'",
        "EXPORT DATABASE 'dump'",
        "CREATE TABLE t AS SELECT 1",
        "INSERT INTO towns VALUES ('1', '2', '3', '4')",
        "ATTACH 'other.duckdb' AS o",
        "SET enable_external_access = true",
        "SET allowed_directories = ['/']",
        "PRAGMA enable_profiling",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SELECT 1; COPY (SELECT 1) TO 'x.csv'",
        "CALL pragma_version()",
        "EXPLAIN COPY (SELECT 1) TO 'x.csv'"
      })
  void refusesEveryStatementThatIsNotAQuery(String sql) throws Exception {
    Map<String, String> before = checksums();
    try (SqlConsole c = SqlConsole.open(root)) {
      assertThatThrownBy(() -> c.query(sql, rs -> null))
          .isInstanceOf(RefusedQueryException.class)
          .hasMessageStartingWith("refused: ");
    }
    assertThat(checksums()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_text('/proc/self/environ')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_parquet('deliveries/proxy_cases/data/raw.parquet')",
        "SELECT * FROM read_parquet('reference/towns/../../deliveries/proxy_cases/data/x.parquet')",
        "SELECT * FROM glob('/*')",
        "SELECT getenv('HOME')",
        "SELECT * FROM read_csv('https://example.com/x.csv')"
      })
  void readsNothingOutsideTheViewedTables(String sql) throws Exception {
    Map<String, String> before = checksums();
    try (SqlConsole c = SqlConsole.open(root)) {
      assertThatThrownBy(() -> c.query(sql, rs -> rs.next()))
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .containsAnyOf(
                          "refused",
                          "Permission Error",
                          "disabled",
                          "not found",
                          "does not exist"));
    }
    assertThat(checksums()).isEqualTo(before);
  }

  private Map<String, String> checksums() throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(p).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
