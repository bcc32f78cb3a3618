package cn.zoucheng.warehouse.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the warehouse held when a run committed: for every table, the Iceberg snapshot the run left
 * it at and that snapshot's data files, by paths relative to the warehouse root. Written by the
 * writing run as its last act ({@code _runs/<run id>.json}); the DuckDB catalogue's views, {@code
 * sql --as-of RUN_ID} and the next run's recovery all read it.
 *
 * @param runId the run that committed this state
 * @param kind {@code run}, {@code ingest}, {@code metrics} or {@code maintain}
 * @param committedAt when it committed (local time)
 * @param previousRunId the run whose state this one followed; empty for the first
 * @param piiKeyFingerprint fingerprint of the pseudonymisation key the warehouse's pseudonyms use;
 *     empty until a run has loaded personal data
 * @param tables per table ({@code namespace.name}), its snapshot and files
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record WarehouseState(
    @JsonProperty("run_id") String runId,
    @JsonProperty("kind") String kind,
    @JsonProperty("committed_at") LocalDateTime committedAt,
    @JsonProperty("previous_run_id") Optional<String> previousRunId,
    @JsonProperty("pii_key_fingerprint") Optional<String> piiKeyFingerprint,
    @JsonProperty("tables") Map<String, TableState> tables) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public WarehouseState {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(committedAt, "committedAt");
    previousRunId = previousRunId == null ? Optional.empty() : previousRunId;
    piiKeyFingerprint = piiKeyFingerprint == null ? Optional.empty() : piiKeyFingerprint;
    tables = Map.copyOf(new TreeMap<>(tables));
  }

  /**
   * One table's committed snapshot.
   *
   * @param snapshotId the Iceberg snapshot id; empty while the table has never been written
   * @param files the snapshot's data files, relative to the warehouse root, sorted
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record TableState(
      @JsonProperty("snapshot_id") Optional<Long> snapshotId,
      @JsonProperty("files") List<String> files) {
    public TableState {
      snapshotId = snapshotId == null ? Optional.empty() : snapshotId;
      files = files == null ? List.of() : List.copyOf(files);
    }

    /** A table that has never been written. */
    public static TableState empty() {
      return new TableState(Optional.empty(), List.of());
    }
  }

  /** The state of a table; {@link TableState#empty()} for a table the run did not know. */
  public TableState table(String qualifiedName) {
    return tables.getOrDefault(qualifiedName, TableState.empty());
  }

  /** The state as the JSON the run writes. */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the state of run " + runId, e);
    }
  }

  /** Reads a state from its JSON; {@code where} names the file in the error. */
  public static WarehouseState fromJson(byte[] json, String where) {
    try {
      return JSON.readValue(json, WarehouseState.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "the run record " + where + " is not readable (" + e.getMessage() + ")", e);
    }
  }
}
