import type { Locale } from '../language';

/**
 * The grounds a seller can give in a counter-notice. Several of them are the reasons the Russian IP page gives for
 * not considering a complaint at all, so a failed admissibility check turns straight into a ground.
 */
export const COUNTER_NOTICE_GROUNDS = [
  'authorised',
  'genuine_goods',
  'no_use_of_right',
  'no_listing_link',
  'no_proof_of_right',
  'no_proof_of_authority',
  'distribution_dispute',
  'lawfully_marketed',
] as const;

export type CounterNoticeGround = (typeof COUNTER_NOTICE_GROUNDS)[number];

/** Each ground as the seller would say it. */
export const COUNTER_NOTICE_GROUND_LABELS: Record<CounterNoticeGround, string> = {
  authorised: 'The rights owner has authorised me to sell these goods',
  genuine_goods: 'The goods are genuine, made or licensed by the rights owner',
  no_use_of_right: 'My listing does not use the right the complaint names',
  no_listing_link: 'The complaint does not point to a specific listing of mine',
  no_proof_of_right: 'The complaint does not prove that the right exists',
  no_proof_of_authority: 'The complainant has not shown they may act for the rights owner',
  distribution_dispute: 'This is a quarrel about distribution, not an infringement',
  lawfully_marketed: 'The goods were already lawfully sold in the country, so reselling them is allowed',
};

/** Each ground as the seller would say it, in each interface language. */
export const GROUND_LABELS: Record<Locale, Record<CounterNoticeGround, string>> = {
  en: COUNTER_NOTICE_GROUND_LABELS,
  ru: {
    authorised: 'Правообладатель разрешил мне продавать эти товары',
    genuine_goods: 'Товары оригинальные: их выпускает правообладатель или его лицензиат',
    no_use_of_right: 'Моя карточка товара не использует право, указанное в жалобе',
    no_listing_link: 'В жалобе нет ссылки на конкретный мой товар',
    no_proof_of_right: 'Жалоба не подтверждает, что право существует',
    no_proof_of_authority: 'Заявитель не подтвердил, что вправе действовать от имени правообладателя',
    distribution_dispute: 'Это спор о дистрибуции, а не нарушение права',
    lawfully_marketed: 'Товары уже законно продавались в стране, поэтому их перепродажа разрешена',
  },
};
