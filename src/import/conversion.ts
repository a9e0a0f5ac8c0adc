// What a converter gives back: the report's text with the metadata its original carries, or one clear error.

/** Metadata an original carries besides its text; each field only when the original states it. */
export interface OriginalMetadata {
  title?: string;
  body?: string;
  published?: string;
  source?: string;
}

export type Conversion =
  | { ok: true; text: string; metadata: OriginalMetadata }
  | { ok: false; code: string; message: string };
