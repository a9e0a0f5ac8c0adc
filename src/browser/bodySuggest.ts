// The header search box suggests bodies as one types (洪泽, hongze, hzq → 洪泽区人民政府) and goes to
// the chosen body's page: a WAI-ARIA combobox with a listbox. The bodies come from the static index
// (/search/bodies.json), fetched on the first query. Enter with no suggestion chosen submits the
// box to the full-text search as before; without JavaScript the box is a plain search form.
import type { BodyIndexFile } from '../search/bodyIndexFormat.ts';
import { type SuggestedBody, readBodyIndex } from '../search/bodyIndexRead.ts';
import { bodyQuery, matchBodies } from '../search/matchBodies.ts';

const form = document.querySelector<HTMLFormElement>('form.header-search');
const input = document.getElementById('header-q') as HTMLInputElement | null;

if (form && input && form.dataset.bodies) {
  const indexUrl = form.dataset.bodies;
  const list = document.createElement('ul');
  list.id = 'header-suggest';
  list.className = 'body-suggest';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', '机关');
  list.hidden = true;
  form.append(list);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.autocomplete = 'off';

  let bodies: Promise<SuggestedBody[]> | null = null;
  const loadBodies = (): Promise<SuggestedBody[]> =>
    (bodies ??= fetch(indexUrl)
      .then((response) => (response.ok ? (response.json() as Promise<BodyIndexFile>) : Promise.reject(new Error(String(response.status)))))
      .then(readBodyIndex)
      .catch(() => [] as SuggestedBody[]));

  let shown: SuggestedBody[] = [];
  let active = -1;

  const options = (): HTMLElement[] => [...list.children] as HTMLElement[];
  const setActive = (index: number): void => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = options()[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const open = (): void => {
    if (shown.length === 0) return;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const go = (body: SuggestedBody): void => {
    close();
    location.assign(body.address);
  };

  const render = (found: SuggestedBody[]): void => {
    shown = found;
    list.replaceChildren(
      ...found.map((body, i) => {
        const option = document.createElement('li');
        option.id = `${list.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.textContent = body.name;
        const meta = document.createElement('span');
        meta.className = 'suggest-meta';
        meta.textContent = ['机关', body.level, body.region.slice(-2).join(' ')].filter((t) => t !== '').join(' · ');
        option.append(name, meta);
        // Keep the focus in the box (no blur) so that the click lands.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => go(body));
        return option;
      }),
    );
    setActive(-1);
    if (found.length > 0) open();
    else close();
  };

  let typed = 0;
  const suggest = async (): Promise<void> => {
    const mine = ++typed;
    if (!bodyQuery(input.value)) {
      render([]);
      return;
    }
    const all = await loadBodies();
    if (mine !== typed) return;
    render(matchBodies(all, input.value).map((m) => m.body));
  };

  input.addEventListener('input', () => void suggest());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    // Keys that choose among an input method's candidates (拼音输入法) are not the list's.
    if (event.isComposing) return;
    const isOpen = !list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (shown.length === 0) return;
        event.preventDefault();
        if (!isOpen) open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : shown.length - 1) : (active + step + shown.length) % shown.length);
        return;
      }
      case 'Enter': {
        const chosen = isOpen ? shown[active] : undefined;
        if (!chosen) return; // the form goes to the full-text search
        event.preventDefault();
        go(chosen);
        return;
      }
      case 'Escape':
        if (!isOpen) return; // the browser clears the box
        event.preventDefault();
        close();
        return;
    }
  });
}
