/**
 * How each kind of cited source is presented. Colour is never the only cue: each kind also has
 * its own underline style and a letter badge, so the highlights work for colour-blind readers.
 */
import type { SourceKind } from '../core/types';

export interface KindStyle {
  label: string;
  plural: string;
  /** A one-letter badge shown in the legend, the panel and the tooltip. */
  badge: string;
  /** Said aloud with the mark, e.g. "Reuters, media source". */
  spoken: string;
}

export const KIND_ORDER: readonly SourceKind[] = [
  'person',
  'organization',
  'media',
  'document',
  'anonymous',
];

export const KIND_STYLES: Record<SourceKind, KindStyle> = {
  person: { label: 'Person', plural: 'People', badge: 'P', spoken: 'person' },
  organization: {
    label: 'Organization',
    plural: 'Organizations',
    badge: 'O',
    spoken: 'organization',
  },
  media: { label: 'Media', plural: 'Media', badge: 'M', spoken: 'news outlet' },
  document: { label: 'Document', plural: 'Documents', badge: 'D', spoken: 'document' },
  anonymous: { label: 'Anonymous', plural: 'Anonymous', badge: 'A', spoken: 'anonymous source' },
};

export function isSourceKind(value: string | undefined): value is SourceKind {
  return value !== undefined && (KIND_ORDER as readonly string[]).includes(value);
}
