/** The engine-neutral type model of the export contract: fields, columns, record schemas. */
package cn.zoucheng.warehouse.schemas.types;
