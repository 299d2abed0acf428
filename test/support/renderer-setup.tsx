// A .tsx file so that the web type check (DOM types) reads it, as it reads the renderer tests.
// jsdom lays nothing out, so it has no scrollIntoView; the page calls it to keep the verdict in view
// (useResultsInView), which only a real browser can judge (test/e2e/verdict-in-view.test.ts).
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
