/** The machine-readable export contract, reference data and generated documentation. */
package cn.zoucheng.warehouse.schemas;
