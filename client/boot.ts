// Inlined into each page that has enhancements. It loads the client bundle only once the first
// frame has been painted: on a slow network the first view then never shares bandwidth or main
// thread with the script, and the page reads fully without it.
declare const CLIENT_BUNDLE: string;

/** How long to wait for a paint entry that a browser may never report before loading anyway. */
const FALLBACK_MS = 3000;

let loaded = false;
function load(): void {
  if (loaded) return;
  loaded = true;
  void import(CLIENT_BUNDLE);
}

if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    setTimeout(load, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(load, FALLBACK_MS);
} else {
  requestAnimationFrame(() => setTimeout(load, 0));
}
