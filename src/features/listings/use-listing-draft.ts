import { useState } from 'react';
import type { Listing, ListingCategory } from '@/shared/api/schemas';

export interface ListingDraft {
  title: string;
  description: string;
  brand: string;
  category: ListingCategory;
  /** The version the edits started from: saving names it, so someone else's newer save is never overwritten silently. */
  baseVersion: number;
  savedAt: string;
}

const keyFor = (id: string) => `scd:listing-draft:${id}`;

function fromListing(listing: Listing): ListingDraft {
  return {
    title: listing.title,
    description: listing.description,
    brand: listing.brand ?? '',
    category: listing.category,
    baseVersion: listing.version,
    savedAt: '',
  };
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
    return { ...fromListing(listing), ...raw } as ListingDraft;
  } catch {
    return null;
  }
}

export function isDirty(draft: ListingDraft, listing: Listing): boolean {
  return (
    draft.title !== listing.title ||
    draft.description !== listing.description ||
    draft.brand !== (listing.brand ?? '') ||
    draft.category !== listing.category
  );
}

/** The seller's unsaved edits to a listing, kept in this browser so that a reload or a crash loses nothing. */
export function useListingDraft(listing: Listing) {
  const [stored] = useState(() => readStored(listing));
  const [draft, setDraftState] = useState<ListingDraft>(() => stored ?? fromListing(listing));

  const setDraft = (next: ListingDraft) => {
    setDraftState(next);
    try {
      if (isDirty(next, listing))
        window.localStorage.setItem(
          keyFor(listing.id),
          JSON.stringify({ ...next, savedAt: new Date().toISOString() }),
        );
      else window.localStorage.removeItem(keyFor(listing.id));
    } catch {
      // Storage full or off: the edits still live in the form.
    }
  };

  return {
    draft,
    restored: stored !== null && isDirty(stored, listing),
    setDraft,
    /** Forgets the edits and starts again from the listing as given. */
    reset(to: Listing) {
      try {
        window.localStorage.removeItem(keyFor(to.id));
      } catch {
        // nothing stored
      }
      setDraftState(fromListing(to));
    },
  };
}
