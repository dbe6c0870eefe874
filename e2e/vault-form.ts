import type { Locator } from '@playwright/test';

/** A minimal PDF: its first bytes say PDF, so the vault accepts it. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** Fills the vault's "Add a document" form with a letter for Nike carrying `contents` as its file. */
export async function fillNikeLetter(form: Locator, contents: Buffer) {
  await form.getByLabel('Brands it covers').fill('Nike');
  await form.getByLabel('Issued by').fill('Nike Distribution RU');
  await form.getByLabel('Issued on').fill('2026-01-15');
  await form.getByLabel('File', { exact: true }).setInputFiles({
    name: 'nike-letter.pdf',
    mimeType: 'application/pdf',
    buffer: contents,
  });
}
