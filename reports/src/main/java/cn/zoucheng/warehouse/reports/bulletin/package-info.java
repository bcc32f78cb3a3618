/**
 * The reports' content: one class per section (总体情况 {@code Headline}, {@code RankingSection},
 * {@code ActivitySection}, {@code Problems}, {@code Praise}, {@code NextSteps}, {@code Quality},
 * the 公文 blocks of {@code Letterhead}, the {@code Attachments}), the shared wording ({@code
 * Wording}, {@code Formats}, {@code Prose}) and numbering ({@code Numbering}); every sentence made
 * from a figure the warehouse holds.
 */
package cn.zoucheng.warehouse.reports.bulletin;
