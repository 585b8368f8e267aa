// Runs inside /embed/{id}: tells the parent page how tall the card is, so its iframe can fit.
// Message: { type: "prevalence-figure:height", figure: "<id>", height: <px> }.
const card = document.querySelector<HTMLElement>('[data-figure]');
const framed = window.parent !== window;
if (framed) document.documentElement.classList.add('framed');

// The height the partner's code reserved (the frame's own height when it loads). The card never
// asks for less, so the partner's page never shrinks or shifts when it arrives.
const reserved = window.innerHeight;

/** The card's own height, without the stretch that makes it fill the frame. */
function naturalHeight(el: HTMLElement): number {
  el.style.minHeight = '0';
  const bottom = el.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).paddingBottom);
  el.style.minHeight = '';
  return Math.ceil(bottom + window.scrollY);
}

function postHeight(): void {
  if (!card || !framed) return;
  const height = Math.max(naturalHeight(card), reserved);
  window.parent.postMessage({ type: 'prevalence-figure:height', figure: card.dataset.figure, height }, '*');
}

function start(): void {
  // The children, not the card: the card's own box follows the frame, its children the content.
  const observer = new ResizeObserver(postHeight);
  for (const child of Array.from(card?.children ?? [])) observer.observe(child);
  postHeight();
}

// The first message shows the frame, so it waits for the card's own font: measured in a
// stand-in font, the card would grow and then shrink, moving the partner's page twice.
if (card && 'fonts' in document) {
  document.fonts.load(getComputedStyle(card).font, card.textContent ?? '').then(start, start);
} else {
  start();
}
