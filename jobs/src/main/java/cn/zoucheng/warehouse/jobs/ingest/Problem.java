package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.Serializable;

/** What is wrong with one row: the first bad column, the reason and a message naming the value. */
public record Problem(String column, Reason reason, String message, String rawValue)
    implements Serializable {}
