@NullMarked
package dev.overload.insights.web;

import org.jspecify.annotations.NullMarked;
