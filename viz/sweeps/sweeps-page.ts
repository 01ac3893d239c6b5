export function mountSweeps(root: HTMLElement) { root.textContent = "compare"; return { unmount() {} }; }
