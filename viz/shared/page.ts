/** What every dashboard page module exports: mount into the main region, unmount on leave. */
export interface Page {
  unmount(): void;
}

export type MountPage = (root: HTMLElement, params: URLSearchParams) => Page;
