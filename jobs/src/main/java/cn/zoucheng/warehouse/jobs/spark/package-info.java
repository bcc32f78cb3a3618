/** Spark plumbing shared by the jobs: sessions and schema conversion. */
package cn.zoucheng.warehouse.jobs.spark;
