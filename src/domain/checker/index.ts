export { checkListing, checkListings } from './check';
export type {
  CheckContext,
  CheckResult,
  Field,
  Finding,
  ListingText,
  Transformation,
  Verdict,
} from './types';
export { RULES, type RuleSummary } from './rule-index';
export { parseListingFile, type ParsedFile, type ParsedRow, type RowError } from './listing-file';
