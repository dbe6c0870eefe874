import type { Field, Finding } from './types';

// Links, e-mail addresses and phone numbers take buyers off the platform (Terms of Use 5.5).
const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)[^\s<>"']{1,2000}|\bt\.me\/[\w-]{1,64}|(?<![\p{L}\p{N}-])[\p{L}\p{N}][\p{L}\p{N}-]{1,62}\.(?:com|net|org|ru|su|рф|shop|store|site|online|io|cn|biz|info|me|top|xyz|club)(?![\p{L}\p{N}])/giu;
// Bounded repetition keeps these linear on hostile input (an unbounded local part backtracks quadratically).
const EMAIL_PATTERN = /[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,24}/giu;
const PHONE_PATTERN = /\+\d[\d\s().-]{8,18}\d|\b8[\s(-]*9\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}\b/gu;
const OWN_DOMAINS = /(?:^|\.)(?:aliexpress\.(?:com|ru|us)|alibaba\.com)$/i;

/**
 * Finds links, e-mail addresses and phone numbers. `mayHaveLink` comes from the matcher (a "www", "http" or a
 * domain ending after a dot), so the exact patterns run only on the few texts that can contain one.
 */
export function offPlatformFindings(
  field: Field,
  text: string,
  mayHaveLink = true,
  digits = Infinity,
): Finding[] {
  const findings: Finding[] = [];
  const add = (match: RegExpExecArray, what: string) => {
    findings.push({
      ruleId: 'tou.5-5.off-platform',
      category: 'content',
      severity: 'warn',
      points: 1,
      policy: { policy: 'terms-of-use', clause: '5.5' },
      reason: `The ${what} takes buyers off the marketplace, where its buyer protection does not reach.`,
      fix: 'Remove it: buyers contact you and pay through the marketplace.',
      field,
      start: match.index,
      end: match.index + match[0].length,
      matched: match[0],
      term: what,
      normalized: match[0].toLowerCase(),
      transformations: [],
      automated: true,
      confidence: 'high',
      basis: 'pattern',
      ruleSeverity: 'warn',
    });
  };
  const hasDot = mayHaveLink && text.includes('.');
  if (hasDot) {
    for (const match of text.matchAll(URL_PATTERN)) {
      const host =
        match[0]
          .replace(/^https?:\/\//i, '')
          .replace(/^www\./i, '')
          .split(/[/?#]/)[0] ?? '';
      if (!OWN_DOMAINS.test(host)) add(match as RegExpExecArray, 'link');
    }
  }
  if (text.includes('@') && text.includes('.'))
    for (const match of text.matchAll(EMAIL_PATTERN)) add(match as RegExpExecArray, 'e-mail address');
  if (digits >= 10 && (text.includes('+') || text.includes('8')))
    for (const match of text.matchAll(PHONE_PATTERN)) add(match as RegExpExecArray, 'phone number');
  // An e-mail's domain also looks like a link: keep the e-mail.
  return findings.filter(
    (f) =>
      !(
        f.term === 'link' &&
        findings.some((g) => g.term === 'e-mail address' && g.start <= f.start && f.end <= g.end)
      ),
  );
}
