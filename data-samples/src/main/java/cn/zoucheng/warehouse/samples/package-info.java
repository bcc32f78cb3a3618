/**
 * The deterministic generator of realistic town exports: the monthly files of the 16 towns, with
 * their formats, late and corrected deliveries, injected bad rows and files, and the expected
 * quarantine the ingest must reproduce.
 */
package cn.zoucheng.warehouse.samples;
