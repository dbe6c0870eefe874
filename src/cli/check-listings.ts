/**
 * Checks a catalogue file against the listing rules:
 *   npm run check-listings -- [--format json|table] FILE
 * FILE is a JSON array of { id, title, description?, brand?, category?, authorizedBrands?: string[] } or a CSV
 * with those columns (authorizedBrands separated by ";"). Exit 0: nothing blocked; 1: something blocked;
 * 2: the input could not be read (the message names the file and the line).
 */
import { readFileSync } from 'node:fs';
import { checkListing, type CheckResult } from '../domain/checker';
import { parseListingFile } from '../domain/checker/listing-file';
import { formatTable } from './format-table';

const USAGE = 'Usage: npm run check-listings -- [--format json|table] FILE';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { format: 'json' | 'table'; file: string } {
  let format: 'json' | 'table' = 'table';
  const files: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++k];
      if (value !== 'json' && value !== 'table') fail(`--format must be json or table.\n${USAGE}`);
      format = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`Unknown option ${arg}.\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) fail(USAGE);
  return { format, file: files[0] as string };
}

function main(): void {
  const { format, file } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`${file}: cannot read the file (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parsed = parseListingFile(file, text);
  if (parsed.fatal) fail(`${file}:${parsed.fatal.line}: ${parsed.fatal.message}`);
  for (const error of parsed.errors) process.stderr.write(`${file}:${error.line}: ${error.message}\n`);

  const results = parsed.rows.map(({ listing }) => ({ id: listing.id, ...checkListing(listing) }));
  if (format === 'json')
    process.stdout.write(`${JSON.stringify(results satisfies ({ id: string } & CheckResult)[], null, 2)}\n`);
  else process.stdout.write(formatTable(results));

  // exitCode, not exit(): exit() would cut off output still flowing into a pipe.
  process.exitCode = parsed.errors.length > 0 ? 2 : results.some((r) => r.verdict === 'block') ? 1 : 0;
}

main();
