@NullMarked
package dev.overload.reporting.web;

import org.jspecify.annotations.NullMarked;
