/** Reference data: towns, villages, catalogues and targets, shipped with the project. */
package cn.zoucheng.warehouse.schemas.reference;
