/** Configuration and the warehouse's folder layout. */
package cn.zoucheng.warehouse.jobs.config;
