@NullMarked
package dev.overload.jobs.jobs;

import org.jspecify.annotations.NullMarked;
