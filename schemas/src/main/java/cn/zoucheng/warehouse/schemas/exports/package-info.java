/** The record types of the town export contract. */
package cn.zoucheng.warehouse.schemas.exports;
