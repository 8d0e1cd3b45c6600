/**
 * The exercise catalog: muscle groups, equipment, Overload's system exercises and each user's custom
 * exercises, searchable, with per-user usage history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercise catalog")
package dev.overload.catalog;
