import type { Threshold } from '@/domain/penalties/rules';
import { STRIKE_CONSEQUENCES } from '@/domain/penalties/rules';
import { defineMessages } from '@/shared/i18n/messages';

/**
 * The penalty rules' own words, in each language: what each points threshold is called and brings, and what each
 * serious IP strike brings. The overview and the strikes pages both name them.
 */
export const penaltyRuleMessages = defineMessages(
  'penalty-rules',
  {
    /** By the points at which each threshold starts. */
    thresholds: {
      '6': { label: 'Severe warning', consequence: 'A formal warning on the account.' },
      '12': { label: 'Restricted 7 days', consequence: 'New listings are restricted for 7 days.' },
      '24': {
        label: 'Restricted 14 days',
        consequence: 'Listings restricted for 14 days and no promotions.',
      },
      '36': {
        label: 'Restricted 21 days',
        consequence: 'Listings restricted for 21 days and all products removed.',
      },
      '48': { label: 'Account closed', consequence: 'The account is terminated.' },
    },
    /** What the first, second and third serious IP strike bring. */
    strikeConsequences: {
      '1': 'Shop frozen for 1 day',
      '2': 'Shop frozen for 7 days',
      '3': 'Account closed',
    },
  },
  {
    thresholds: {
      '6': { label: 'Строгое предупреждение', consequence: 'Официальное предупреждение аккаунту.' },
      '12': {
        label: 'Ограничения на 7 дней',
        consequence: 'Размещение новых товаров ограничено на 7 дней.',
      },
      '24': {
        label: 'Ограничения на 14 дней',
        consequence: 'Размещение товаров ограничено на 14 дней, участие в акциях недоступно.',
      },
      '36': {
        label: 'Ограничения на 21 день',
        consequence: 'Размещение товаров ограничено на 21 день, все товары сняты с продажи.',
      },
      '48': { label: 'Аккаунт закрыт', consequence: 'Аккаунт закрывается.' },
    },
    strikeConsequences: {
      '1': 'Магазин заморожен на 1 день',
      '2': 'Магазин заморожен на 7 дней',
      '3': 'Аккаунт закрыт',
    },
  },
);

type Words = ReturnType<typeof penaltyRuleMessages.get>;

/** A threshold's name and consequence in the interface language (the rules' own words if one is missing). */
export function thresholdText(
  threshold: Threshold,
  words: Words = penaltyRuleMessages.get(),
): { label: string; consequence: string } {
  return words.thresholds[String(threshold.points) as keyof Words['thresholds']] ?? threshold;
}

/** What the strike numbered `n` (1 to 3) brings, in the interface language. */
export function strikeConsequence(n: number, words: Words = penaltyRuleMessages.get()): string | undefined {
  return (
    words.strikeConsequences[String(n) as keyof Words['strikeConsequences']] ?? STRIKE_CONSEQUENCES[n - 1]
  );
}

/** Every strike's consequence, first to last. */
export function strikeConsequences(words: Words = penaltyRuleMessages.get()): string[] {
  return STRIKE_CONSEQUENCES.map((english, i) => strikeConsequence(i + 1, words) ?? english);
}
