/** The {@code bin/warehouse} command line. */
package cn.zoucheng.warehouse.cli;
