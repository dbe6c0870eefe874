import { Badge, type Tone } from './badge';
import { uiMessages } from './messages';

export interface StatusOption<V extends string> {
  value: V;
  label: string;
  tone: Tone;
}

/** Option lists drive filters and badges alike, so a status reads the same everywhere. */
export const VERDICT_OPTIONS = [
  { value: 'block', label: 'Blocked', tone: 'bad' },
  { value: 'warn', label: 'Warning', tone: 'warn' },
  { value: 'ok', label: 'OK', tone: 'good' },
] as const satisfies readonly StatusOption<string>[];

export const MODERATION_OPTIONS = [
  { value: 'active', label: 'Active', tone: 'good' },
  { value: 'under_review', label: 'Under review', tone: 'info' },
  { value: 'changes_requested', label: 'Changes requested', tone: 'warn' },
  { value: 'delisted', label: 'Delisted', tone: 'neutral' },
  { value: 'removed', label: 'Removed', tone: 'bad' },
] as const satisfies readonly StatusOption<string>[];

export const PENALTY_STATUS_OPTIONS = [
  { value: 'pending', label: 'Pending', tone: 'warn' },
  { value: 'established', label: 'Established', tone: 'bad' },
  { value: 'appealed', label: 'Appealed', tone: 'info' },
  { value: 'reversed', label: 'Reversed', tone: 'good' },
  { value: 'expired', label: 'Expired', tone: 'neutral' },
] as const satisfies readonly StatusOption<string>[];

export const APPEAL_STATUS_OPTIONS = [
  { value: 'submitted', label: 'Appeal under review', tone: 'info' },
  { value: 'upheld', label: 'Appeal upheld', tone: 'good' },
  { value: 'rejected', label: 'Appeal rejected', tone: 'bad' },
] as const satisfies readonly StatusOption<string>[];

export const COMPLAINT_STATUS_OPTIONS = [
  { value: 'awaiting_response', label: 'Awaiting response', tone: 'warn' },
  { value: 'counter_noticed', label: 'Counter-noticed', tone: 'info' },
  { value: 'accepted', label: 'Accepted', tone: 'neutral' },
  { value: 'upheld', label: 'Upheld', tone: 'bad' },
  { value: 'rejected', label: 'Rejected', tone: 'good' },
  { value: 'inadmissible', label: 'Not admissible', tone: 'good' },
  { value: 'withdrawn', label: 'Withdrawn', tone: 'good' },
] as const satisfies readonly StatusOption<string>[];

/** General: a mark or work misused in the listing text. Serious: counterfeit or pirated goods, a serious strike. */
export const COMPLAINT_SERIOUSNESS_OPTIONS = [
  { value: 'general', label: 'General', tone: 'warn' },
  { value: 'serious', label: 'Serious', tone: 'bad' },
] as const satisfies readonly StatusOption<string>[];

type StatusGroup = keyof ReturnType<typeof uiMessages.get>['status'];

/** Which catalogue group names each option, by the option itself (lists built from these keep their objects). */
const GROUP_OF = new Map<object, StatusGroup>();
for (const [group, options] of [
  ['verdict', VERDICT_OPTIONS],
  ['moderation', MODERATION_OPTIONS],
  ['penalty', PENALTY_STATUS_OPTIONS],
  ['appeal', APPEAL_STATUS_OPTIONS],
  ['complaint', COMPLAINT_STATUS_OPTIONS],
  ['seriousness', COMPLAINT_SERIOUSNESS_OPTIONS],
] as const) {
  for (const option of options) GROUP_OF.set(option, group);
}

type Labels = ReturnType<typeof uiMessages.get>;

/**
 * An option's label in the interface language. The lists above keep their English `label`; an option from
 * them is named from the catalogue, any other option keeps its own label. Outside components.
 */
export function statusLabel(option: { value: string; label: string }, m: Labels = uiMessages.get()): string {
  const group = GROUP_OF.get(option);
  const labels: Readonly<Record<string, string>> | undefined = group ? m.status[group] : undefined;
  return labels?.[option.value] ?? option.label;
}

/** `statusLabel` for components: renders again when the language changes. */
export function useStatusLabel(): (option: { value: string; label: string }) => string {
  const m = uiMessages.use();
  return (option) => statusLabel(option, m);
}

export function StatusBadge<V extends string>({
  options,
  value,
}: {
  options: readonly StatusOption<V>[];
  value: V;
}) {
  const label = useStatusLabel();
  const option = options.find((o) => o.value === value);
  return <Badge tone={option?.tone ?? 'neutral'}>{option ? label(option) : value}</Badge>;
}
