import { MODERATION_OPTIONS, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { listingsMessages } from './messages';

/** The shared verdict and moderation options (values and tones), with their labels in the interface language. */
export function statusOptions(m = listingsMessages.get()) {
  return {
    verdictOptions: VERDICT_OPTIONS.map((o) => ({ ...o, label: m.verdict[o.value] })),
    moderationOptions: MODERATION_OPTIONS.map((o) => ({ ...o, label: m.moderation[o.value] })),
  };
}

/** The same, for a component: it renders again when the language changes. */
export function useStatusOptions() {
  return statusOptions(listingsMessages.use());
}
