// The share control: the Web Share sheet where the browser has one (phones), else copy the link.
// It shares the current locale and step: a figure's own page when the step has one.

export function shareUrl(step: HTMLElement | undefined, canonicalOrigin: string): string {
  const path = step?.dataset.share ?? location.pathname;
  return new URL(path, canonicalOrigin).href;
}

function canonicalOrigin(root: Document): string {
  const href = root.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return href ? new URL(href).origin : location.origin;
}

export function createShare(root: Document, currentStep: () => HTMLElement | undefined): void {
  const button = root.querySelector<HTMLButtonElement>('[data-share-button]');
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  if (!button) return;
  let clearTimer = 0;
  const say = (text: string) => {
    if (!status) return;
    status.textContent = text;
    clearTimeout(clearTimer);
    clearTimer = window.setTimeout(() => (status.textContent = ''), 4000);
  };

  button.addEventListener('click', async () => {
    const url = shareUrl(currentStep(), canonicalOrigin(root));
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: root.title, url });
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
        // Share sheet unavailable: fall back to copying.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      say(status?.dataset.copied ?? '');
    } catch {
      say(status?.dataset.failed ?? '');
    }
  });
}
