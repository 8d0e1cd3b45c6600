@NullMarked
package dev.overload.jobs.web;

import org.jspecify.annotations.NullMarked;
