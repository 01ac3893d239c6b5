export function mountLearn(root: HTMLElement) { root.textContent = "compare"; return { unmount() {} }; }
