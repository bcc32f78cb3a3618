/** Atomic publication of a run's output, and the warehouse's write lock. */
package cn.zoucheng.warehouse.jobs.commit;
