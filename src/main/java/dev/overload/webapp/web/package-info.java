@NullMarked
package dev.overload.webapp.web;

import org.jspecify.annotations.NullMarked;
