// Draws the page's charts. chart.js is fetched only when a chart is about to be seen; without
// JavaScript (or before it loads) the figures' tables stand in for the drawings. A drawn chart is
// drawn again when the reader's system turns dark mode on or off, or the 大字高对比 switch is pressed
// (its colours and text size come from the page's CSS).
const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];

async function draw(figure: HTMLElement): Promise<void> {
  const { drawChart } = await import('./drawChart.ts');
  drawChart(figure);
}

if (figures.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          void draw(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    );
    for (const f of figures) observer.observe(f);
  } else {
    for (const f of figures) void draw(f);
  }
}

async function redrawAll(): Promise<void> {
  const drawn = figures.filter((f) => f.querySelector('canvas[data-drawn]'));
  if (drawn.length === 0) return;
  const { redrawChart } = await import('./drawChart.ts');
  for (const f of drawn) redrawChart(f);
}

if (figures.length > 0) {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void redrawAll());
  new MutationObserver(() => void redrawAll()).observe(document.documentElement, { attributeFilter: ['data-large-text'] });
}
