@NullMarked
package dev.overload.scheduling.web;

import org.jspecify.annotations.NullMarked;
