package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.Reason;

/** A bad row put into a file on purpose, and the one reason the ingest must give for it. */
record InjectedRow(ExportRow row, String column, Reason reason) {}
