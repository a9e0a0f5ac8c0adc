// Moving through a page with the keyboard only, as a reader without a mouse does: Tab (or Shift+Tab)
// until the element wanted has the focus, bounded so that a trap or an unreachable element fails.
import type { Page } from 'playwright-core';

export interface Focused {
  /** A short description: tag, id, name, value, text. */
  label: string;
  /** Whether the browser shows it focused (:focus-visible), as a keyboard user would see it. */
  visible: boolean;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    const label = [
      el.tagName.toLowerCase(),
      el.id && `#${el.id}`,
      input.name && `[name=${input.name}]`,
      input.value && `[value=${input.value}]`,
      (el.textContent ?? '').trim().slice(0, 30),
    ]
      .filter(Boolean)
      .join(' ');
    return { label, visible: el.matches(':focus-visible') };
  });
}

/**
 * Presses Tab until the focused element matches `selector`; returns what was passed on the way.
 * Fails after `maxPresses` (the element cannot be reached) or when the focus stops moving (a trap).
 */
export async function tabTo(page: Page, selector: string, { maxPresses = 80, backwards = false } = {}): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const isThere = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    const now = await focused(page);
    if (isThere) {
      if (now && !now.visible) throw new Error(`${selector} has the focus but does not show it (:focus-visible)`);
      return passed;
    }
    passed.push(now?.label ?? '(nothing)');
  }
  throw new Error(`${selector} not reached after ${maxPresses} presses of Tab; passed: ${passed.join(' → ')}`);
}
