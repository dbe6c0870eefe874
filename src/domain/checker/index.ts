export { checkListing, checkListings } from './check';
export type {
  CheckContext,
  CheckResult,
  Confidence,
  EvidenceBasis,
  Field,
  Finding,
  ListingText,
  ProductKind,
  ProductType,
  Transformation,
  Verdict,
} from './types';
export { CONFIDENCES, EVIDENCE_BASES, PRODUCT_KINDS } from './types';
export { RULES, type RuleSummary } from './rule-index';
export { parseListingFile, type ParsedFile, type ParsedRow, type RowError } from './listing-file';
