// A .tsx file so that the web type check (DOM types) reads it, as it reads the renderer tests.
// jsdom lays nothing out, so it has no scrollIntoView; the page calls it to keep the verdict in view
// (useResultsInView), which only a real browser can judge (test/e2e/verdict-in-view.test.ts).
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
// Nor requestIdleCallback, with which the page fetches the form's code once start-up is over.
globalThis.requestIdleCallback ??= (callback) =>
  setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 })) as unknown as number;
globalThis.cancelIdleCallback ??= (handle) => clearTimeout(handle);
