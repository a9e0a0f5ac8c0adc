// Draws the page's charts. chart.js is fetched only when a chart is about to be seen; without
// JavaScript (or before it loads) the figures' tables stand in for the drawings.
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
