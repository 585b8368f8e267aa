// Copy buttons beside code blocks (the data page). Without JavaScript the code is still selectable.
export function enableCopyButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const source = root.getElementById(button.dataset.copy ?? '');
    if (!source) continue;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        button.textContent = button.dataset.copied ?? label;
      } catch {
        // No clipboard access: select the code so the reader can copy it by hand.
        getSelection()?.selectAllChildren(source);
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
