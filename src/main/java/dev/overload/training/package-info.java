/**
 * Training sessions: a performed workout from a plan day or ad hoc, its logged sets, completion with
 * automatic progression, personal records, results and analysis against earlier sessions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package dev.overload.training;
