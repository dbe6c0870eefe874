import { useState } from 'react';
import type { Listing, ListingCategory } from '@/shared/api/schemas';

export interface ListingDraft {
  title: string;
  description: string;
  brand: string;
  category: ListingCategory;
  /** The version the edits started from: saving names it, so someone else's newer save is never overwritten silently. */
  baseVersion: number;
}

const keyFor = (id: string) => `scd:listing-draft:${id}`;

function fromListing(listing: Listing): ListingDraft {
  return {
    title: listing.title,
    description: listing.description,
    brand: listing.brand ?? '',
    category: listing.category,
    baseVersion: listing.version,
  };
}

export function isDirty(draft: ListingDraft, listing: Listing): boolean {
  return (
    draft.title !== listing.title ||
    draft.description !== listing.description ||
    draft.brand !== (listing.brand ?? '') ||
    draft.category !== listing.category
  );
}

/** Forgets the stored edits of a listing (after a save, wherever the seller is by then). */
export function forgetDraft(id: string): void {
  try {
    window.localStorage.removeItem(keyFor(id));
  } catch {
    // nothing stored
  }
}

function readStored(listing: Listing): ListingDraft | null {
  try {
    const raw = JSON.parse(
      window.localStorage.getItem(keyFor(listing.id)) ?? 'null',
    ) as Partial<ListingDraft> | null;
    if (
      !raw ||
      typeof raw.title !== 'string' ||
      typeof raw.description !== 'string' ||
      typeof raw.baseVersion !== 'number'
    )
      return null;
    const draft = { ...fromListing(listing), ...raw } as ListingDraft;
    return isDirty(draft, listing) ? draft : null; // a draft equal to the listing is no draft
  } catch {
    return null;
  }
}

/** The seller's unsaved edits to a listing, kept in this browser so that a reload or a crash loses nothing. */
export function useListingDraft(listing: Listing) {
  const [stored, setStored] = useState(() => readStored(listing));
  const [edits, setEdits] = useState<ListingDraft | null>(stored);
  // Until the seller changes something, the draft is the listing as it is now (its latest version included).
  const draft = edits && isDirty(edits, listing) ? edits : fromListing(listing);

  return {
    draft,
    restored: stored !== null && edits === stored && isDirty(stored, listing),
    setDraft(next: ListingDraft) {
      const startedNow = !(edits && isDirty(edits, listing));
      const value = { ...next, baseVersion: startedNow ? listing.version : next.baseVersion };
      setEdits(value);
      try {
        if (isDirty(value, listing)) window.localStorage.setItem(keyFor(listing.id), JSON.stringify(value));
        else window.localStorage.removeItem(keyFor(listing.id));
      } catch {
        // Storage full or off: the edits still live in the form.
      }
    },
    /** Forgets the edits and starts again from the listing as given. */
    reset() {
      forgetDraft(listing.id);
      setStored(null);
      setEdits(null);
    },
  };
}
