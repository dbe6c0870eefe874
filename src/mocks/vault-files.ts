import {
  AuthorisationFileType,
  BrandAuthorisationCreate,
  MAX_AUTHORISATION_FILE_BYTES,
  type BrandAuthorisation,
} from '@/shared/api/schemas';
import { badRequest, fieldErrorsOf, HttpProblem, unprocessable } from './http';

const MB = 1024 * 1024;
/** Room for the metadata part and the multipart framing on top of the largest file. */
const MAX_REQUEST_BYTES = MAX_AUTHORISATION_FILE_BYTES + 64 * 1024;

const SIGNATURES: Record<AuthorisationFileType, (bytes: Uint8Array) => boolean> = {
  'application/pdf': (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]), // %PDF-
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  // RIFF....WEBP
  'image/webp': (b) =>
    startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

const LABELS: Record<AuthorisationFileType, string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
  'image/webp': 'a WebP image',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

export function tooLarge(size?: number): HttpProblem {
  return new HttpProblem(
    413,
    'too_large',
    `The file is larger than the 5 MB limit${size === undefined ? '' : ` (it is ${megabytes(size)})`}. ` +
      'Upload a smaller scan or a PDF of just the pages that matter.',
  );
}

export interface Upload {
  metadata: ReturnType<typeof BrandAuthorisationCreate.parse>;
  file: { name: string; type: AuthorisationFileType; bytes: ArrayBuffer };
}

/**
 * Reads a document upload: multipart/form-data with a `file` part and a `metadata` part holding JSON. Answers
 * 413 above 5 MB, 400 when the request is not such a form, and 422 with every field's problem at once (the
 * metadata's, and the file's: its declared type and its first bytes must both be PDF, PNG, JPEG or WebP).
 */
export async function readUpload(request: Request, now: Date): Promise<Upload> {
  if (!(request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) {
    throw badRequest('Send the document as multipart/form-data with a "file" part and a "metadata" part.');
  }
  const declaredLength = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declaredLength) && declaredLength > MAX_REQUEST_BYTES) throw tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest('The upload could not be read as a form. Try again.');
  }
  const file = form.get('file');
  if (file instanceof File && file.size > MAX_AUTHORISATION_FILE_BYTES) throw tooLarge(file.size);

  const rawMetadata = form.get('metadata');
  if (typeof rawMetadata !== 'string') throw badRequest('The "metadata" part is missing.');
  if (rawMetadata.length > 64 * 1024)
    throw new HttpProblem(413, 'too_large', 'The metadata part is too large.');
  let json: unknown;
  try {
    json = JSON.parse(rawMetadata);
  } catch {
    throw badRequest('The "metadata" part is not valid JSON.');
  }

  const fieldErrors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fieldErrors[field] ??= []).push(message);
  for (const part of new Set(form.keys())) {
    if (part !== 'file' && part !== 'metadata') add(part, 'This part is not part of the request.');
  }
  const parsed = BrandAuthorisationCreate.safeParse(json);
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error)))
      fieldErrors[field] = messages;
  } else {
    if (Date.parse(parsed.data.issuedAt) > now.getTime())
      add('issuedAt', 'The issue date cannot be in the future.');
    if (parsed.data.validUntil !== null && Date.parse(parsed.data.validUntil) <= now.getTime())
      add('validUntil', 'This document has already expired: upload one that is still valid.');
  }

  let upload: Upload['file'] | null = null;
  if (!(file instanceof File)) add('file', 'Choose the file of the document.');
  else if (file.size === 0) add('file', 'The file is empty.');
  else {
    const type = AuthorisationFileType.safeParse(file.type.split(';')[0]?.trim().toLowerCase());
    const bytes = await file.arrayBuffer();
    const name = file.name.trim().slice(0, 200) || 'document';
    if (!type.success) add('file', 'Only PDF, PNG, JPEG or WebP files are accepted.');
    else if (!SIGNATURES[type.data](new Uint8Array(bytes, 0, Math.min(16, bytes.byteLength))))
      add(
        'file',
        `The file says it is ${LABELS[type.data]}, but its contents are not. Upload the real file.`,
      );
    else upload = { name, type: type.data, bytes };
  }

  if (!parsed.success || Object.keys(fieldErrors).length > 0 || !upload) {
    throw unprocessable('Some fields need attention.', fieldErrors);
  }
  return { metadata: parsed.data, file: upload };
}

/** Text safe inside a PDF string: printable ASCII, with its delimiters escaped. */
function pdfText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (c) => `\\${c}`)
    .slice(0, 90);
}

function escapeXml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

function placeholderLines(document: BrandAuthorisation): string[] {
  return [
    'DEMO DOCUMENT - not a real file',
    `Stands in for: ${document.fileName}`,
    `Brands: ${document.brands.join(', ')}`,
    `Issued by: ${document.issuer}`,
    'The demo seed has no real file for this record.',
  ];
}

/** A one-page PDF stating that it is a placeholder, for seeded records that have no stored bytes. */
export function placeholderPdf(document: BrandAuthorisation): Uint8Array {
  const text = placeholderLines(document)
    .map((line, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 56 ${760 - i * 28} Td (${pdfText(line)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body); // ASCII only, so characters and bytes agree
}

/** An SVG stating that it is a placeholder, for seeded image records that have no stored bytes. */
export function placeholderSvg(document: BrandAuthorisation): Uint8Array {
  const lines = placeholderLines(document)
    .map(
      (line, i) =>
        `<text x="24" y="${48 + i * 30}" font-size="${i === 0 ? 22 : 15}">${escapeXml(line.slice(0, 90))}</text>`,
    )
    .join('');
  return new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="220" viewBox="0 0 640 220">` +
      `<rect width="640" height="220" fill="#f8fafc" stroke="#64748b"/>` +
      `<g font-family="sans-serif" fill="#0f172a">${lines}</g></svg>`,
  );
}
