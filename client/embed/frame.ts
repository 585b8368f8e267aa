// Runs inside /embed/{id}: tells the parent page how tall the card is, so its iframe can fit.
// Message: { type: "prevalence-figure:height", figure: "<id>", height: <px> }.
const card = document.querySelector<HTMLElement>('[data-figure]');

function postHeight(): void {
  if (!card || window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'prevalence-figure:height', figure: card.dataset.figure, height }, '*');
}

new ResizeObserver(postHeight).observe(document.documentElement);
document.fonts?.ready.then(postHeight);
postHeight();
