// Timers exist in both extension hosts (Node and the browser web worker); declaring just
// these keeps Node's and the DOM's other globals out of extension code.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
