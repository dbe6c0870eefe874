import type { ProductType } from './types';

/** First version: physical goods unless told otherwise. */
export function detectProductType(_title: string, _category: string): ProductType {
  return { kind: 'goods', source: 'default', cue: '' };
}
