// The long filter lists of the search page (地区, 机关) are loaded when the reader first opens one:
// at thousands of bodies they would weigh more than the rest of the page.
export function fillWhenOpened(select: HTMLSelectElement, url: string, key: string): void {
  let loading: Promise<void> | null = null;
  const fill = (): Promise<void> =>
    (loading ??= fetch(url)
      .then((response) => response.json() as Promise<Record<string, Record<string, number>>>)
      .then((lists) => {
        const chosen = new Set([...select.selectedOptions].map((o) => o.value));
        const values = Object.keys(lists[key] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
        select.replaceChildren(new Option('全部', ''), ...values.map((v) => new Option(v, v, false, chosen.has(v))));
      }));
  select.addEventListener('focus', () => void fill(), { once: true });
  select.addEventListener('pointerdown', () => void fill(), { once: true });
}
