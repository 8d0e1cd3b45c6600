@NullMarked
package dev.overload.dashboard.web;

import org.jspecify.annotations.NullMarked;
