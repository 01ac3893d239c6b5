/** Vite's client types (import.meta.glob, ?raw imports, import.meta.env) for the dashboard. */
/// <reference types="vite/client" />

/** package.json's version and the git commit of the build (vite.config.ts `define`). */
declare const __DOORSTEP_VERSION__: string;
declare const __DOORSTEP_COMMIT__: string;
