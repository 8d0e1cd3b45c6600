@NullMarked
package dev.overload.insights.jobs;

import org.jspecify.annotations.NullMarked;
