@NullMarked
package dev.overload.insights.domain;

import org.jspecify.annotations.NullMarked;
