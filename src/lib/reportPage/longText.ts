// A paragraph far longer than any real report's (megabytes on one line, whether by accident or to
// attack readers): a browser takes minutes to lay out one paragraph of millions of characters, so the
// report page shows only its beginning and links to the original file for the rest.

/** How many characters of one paragraph the page shows; real paragraphs stay well below it. */
export const SHOWN_CHARACTERS = 20_000;

export function isLongText(text: string): boolean {
  return text.length > SHOWN_CHARACTERS;
}

/** The first SHOWN_CHARACTERS characters, never ending in half a surrogate pair. */
export function beginningOf(text: string): string {
  const cut = text.slice(0, SHOWN_CHARACTERS);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
