/** Vite's client types (import.meta.glob, ?raw imports, import.meta.env) for the dashboard. */
/// <reference types="vite/client" />
