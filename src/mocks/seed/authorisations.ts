import type { BrandAuthorisation } from '@/shared/api/schemas';
import { SELLER_IDS } from './accounts';
import type { Clock } from './random';

export function seedAuthorisations(clock: Clock): BrandAuthorisation[] {
  const row = (
    id: string,
    sellerId: string,
    brands: string[],
    documentType: BrandAuthorisation['documentType'],
    issuer: string,
    issuedDaysAgo: number,
    validUntil: string | null,
    status: BrandAuthorisation['status'],
    fileName: string,
    rejectionReason: string | null = null,
  ): BrandAuthorisation => ({ id, sellerId, brands, documentType, issuer, issuedAt: clock.daysAgo(issuedDaysAgo), validUntil, status, rejectionReason, fileName });
  return [
    row('auth-mt-01', SELLER_IDS.good, ['Anker'], 'authorisation_letter', 'Anker Innovations', 300, clock.daysFromNow(400), 'verified', 'anker-authorisation.pdf'),
    row('auth-mt-02', SELLER_IDS.good, ['Baseus', 'Ugreen'], 'purchase_invoice', 'Shenzhen Accessories Wholesale', 120, null, 'verified', 'invoice-2026-0412.pdf'),
    row('auth-mt-03', SELLER_IDS.good, ['Xiaomi'], 'authorisation_letter', 'Xiaomi Global Distribution', 340, clock.daysFromNow(20), 'verified', 'xiaomi-letter.pdf'),
    row('auth-vt-01', SELLER_IDS.atRisk, ['Xiaomi'], 'purchase_invoice', 'OOO Elektro Opt', 6, null, 'pending', 'invoice-elektro-opt.pdf'),
    row('auth-vt-02', SELLER_IDS.atRisk, ['Nike'], 'other', 'Unknown trading company', 40, null, 'rejected', 'nike-letter-scan.jpg', 'The letter is not from Nike or a distributor Nike names, and it has no signature.'),
    row('auth-vt-03', SELLER_IDS.atRisk, ['Casio'], 'authorisation_letter', 'Casio Europe GmbH', 800, clock.daysAgo(35), 'expired', 'casio-letter-2024.pdf'),
    row('auth-mm-01', SELLER_IDS.large, ['Lenovo'], 'authorisation_letter', 'Lenovo (Beijing) Ltd', 200, clock.daysFromNow(165), 'verified', 'lenovo-authorisation-2026.pdf'),
    row('auth-mm-02', SELLER_IDS.large, ['Samsung'], 'trademark_certificate', 'Samsung Electronics', 3, null, 'pending', 'samsung-distribution.pdf'),
  ];
}
