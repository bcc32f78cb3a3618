package cn.zoucheng.warehouse.reports.warehouse;

import cn.zoucheng.warehouse.schemas.SqlLiterals;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a query, read by column name: {@code r.number("value")}, {@code r.text("status")}.
 * Nulls stay null.
 */
final class Columns {
  private final ResultSet r;

  private Columns(ResultSet r) {
    this.r = r;
  }

  /** Reads one row. */
  interface Reader<T> {
    T read(Columns row) throws SQLException;
  }

  /** Every row of {@code sql} (its status words expanded) with string parameters. */
  static <T> List<T> rows(Connection c, String sql, Reader<T> reader, String... params)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(SqlLiterals.expand(sql))) {
      for (int i = 0; i < params.length; i++) {
        st.setString(i + 1, params[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        Columns row = new Columns(rs);
        while (rs.next()) {
          out.add(reader.read(row));
        }
      }
    }
    return out;
  }

  String text(String column) throws SQLException {
    return r.getString(column);
  }

  /** The text, or "" for null (the codes of the city's and towns' rows). */
  String code(String column) throws SQLException {
    String s = r.getString(column);
    return s == null ? "" : s;
  }

  Double number(String column) throws SQLException {
    double d = r.getDouble(column);
    return r.wasNull() ? null : d;
  }

  Integer integer(String column) throws SQLException {
    int i = r.getInt(column);
    return r.wasNull() ? null : i;
  }

  boolean flag(String column) throws SQLException {
    return r.getBoolean(column);
  }

  LocalDate date(String column) throws SQLException {
    Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  LocalDateTime timestamp(String column) throws SQLException {
    Timestamp t = r.getTimestamp(column);
    return t == null ? null : t.toLocalDateTime();
  }
}
