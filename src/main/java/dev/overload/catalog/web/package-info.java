@NullMarked
package dev.overload.catalog.web;

import org.jspecify.annotations.NullMarked;
