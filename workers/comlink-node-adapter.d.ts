/**
 * Types for comlink's Node adapter, imported by its `.mjs` path (the package ships the
 * declarations as `node-adapter.d.ts`, which TypeScript does not pair with `.mjs`).
 */
declare module "comlink/dist/esm/node-adapter.mjs" {
  import type { Endpoint } from "comlink";
  /** The part of a worker_threads `Worker` / `MessagePort` the adapter uses. */
  export interface NodeEndpoint {
    postMessage(message: any, transfer?: any[]): void;
    on(type: string, listener: (...args: any[]) => void): void;
    off(type: string, listener: (...args: any[]) => void): void;
    start?: () => void;
  }
  /** Wraps a Node endpoint as a comlink `Endpoint`. */
  export default function nodeEndpoint(nep: NodeEndpoint): Endpoint;
}
