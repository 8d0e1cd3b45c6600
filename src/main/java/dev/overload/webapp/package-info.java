/**
 * The web app: the browser client served by the service itself at {@code /} (its pages, ES modules, styles,
 * service worker and manifest under {@code src/main/resources/static}), with the routes it owns answered by its
 * one page and the security headers its pages need. It uses only the public HTTP API, like any other client, so
 * it depends on no module but the shared kernel's security helpers.
 */
@ApplicationModule(displayName = "Web app", allowedDependencies = {"shared::security"})
@NullMarked
package dev.overload.webapp;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
