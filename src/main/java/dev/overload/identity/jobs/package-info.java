@NullMarked
package dev.overload.identity.jobs;

import org.jspecify.annotations.NullMarked;
