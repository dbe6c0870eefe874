import { useId, useRef, useState } from 'react';
import type { DocumentRef } from '@/shared/api/schemas';
import { uiMessages } from './messages';

export type DocumentKind = DocumentRef['kind'];

/**
 * Each kind of document named in English. In the interface language: `uiMessages.use().documents.kinds[kind]`
 * (or `documentKindLabel(kind)` outside components).
 */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = uiMessages.get('en').documents.kinds;

/** A kind of document named in the interface language, for code outside components. */
export function documentKindLabel(kind: DocumentKind): string {
  return uiMessages.get().documents.kinds[kind];
}

export const MAX_DOCUMENTS = 10;

/**
 * A list of supporting documents: pick files (only their names are sent in the demo) or type a name, and say
 * what each one is. Rows stay editable; the list is part of the form's draft.
 */
export function DocumentsField({
  legend,
  hint,
  value,
  onChange,
  kinds,
  error,
  vault = [],
}: {
  legend: string;
  hint?: string;
  value: DocumentRef[];
  onChange: (next: DocumentRef[]) => void;
  kinds: readonly DocumentKind[];
  error?: string;
  /** The seller's stored brand documents, to attach without uploading them again. */
  vault?: readonly { id: string; kind: DocumentKind; name: string; label: string }[];
}) {
  const m = uiMessages.use().documents;
  const id = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  const [fromVault, setFromVault] = useState('');
  const attachable = vault.filter((v) => !value.some((d) => d.vaultId === v.id));
  const defaultKind = kinds[0] ?? 'other';
  const full = value.length >= MAX_DOCUMENTS;
  const update = (index: number, patch: Partial<DocumentRef>) =>
    onChange(value.map((doc, i) => (i === index ? { ...doc, ...patch } : doc)));

  return (
    <fieldset
      className="rounded-md border border-slate-300 p-3"
      aria-describedby={
        [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
      }
    >
      <legend className="px-1 text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-700">
          {hint}
        </p>
      ) : null}
      {value.length === 0 ? <p className="mt-2 text-sm text-slate-700">{m.none}</p> : null}
      <ul className="mt-2 space-y-2">
        {value.map((doc, index) => (
          <li key={index} className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col text-xs font-medium text-slate-800">
              {m.type(index + 1)}
              <select
                className="field mt-1"
                value={doc.kind}
                onChange={(e) => update(index, { kind: e.target.value as DocumentKind })}
              >
                {[...new Set([...kinds, doc.kind])].map((kind) => (
                  <option key={kind} value={kind}>
                    {m.kinds[kind]}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex min-w-48 flex-1 flex-col text-xs font-medium text-slate-800">
              {m.fileName(index + 1)}
              {doc.vaultId ? m.fromVault : ''}
              <input
                className="field mt-1"
                value={doc.name}
                maxLength={200}
                onChange={(e) => update(index, { name: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                onChange(value.filter((_, i) => i !== index));
                // The row and its button are gone: keep focus somewhere predictable.
                setTimeout(() => addButton.current?.focus());
              }}
            >
              {m.remove}
              <span className="sr-only">{m.removeWhich(index + 1)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          ref={addButton}
          type="button"
          className="btn-secondary"
          disabled={full}
          onClick={() => onChange([...value, { kind: defaultKind, name: '' }])}
        >
          {m.add}
        </button>
        <label
          className={`btn-secondary cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-sky-700 ${full ? 'pointer-events-none opacity-60' : ''}`}
        >
          {m.choose}
          <input
            type="file"
            multiple
            className="sr-only"
            disabled={full}
            onChange={(e) => {
              const picked = [...(e.target.files ?? [])]
                .slice(0, MAX_DOCUMENTS - value.length)
                .map((file) => ({ kind: defaultKind, name: file.name.slice(0, 200) }));
              e.target.value = '';
              if (picked.length > 0) onChange([...value, ...picked]);
            }}
          />
        </label>
        <span className="text-xs text-slate-700">{m.count(value.length, MAX_DOCUMENTS)}</span>
      </div>
      {attachable.length > 0 ? (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <label className="flex min-w-64 flex-col text-xs font-medium text-slate-800">
            {m.vault}
            <select className="field mt-1" value={fromVault} onChange={(e) => setFromVault(e.target.value)}>
              <option value="">{m.pick}</option>
              {attachable.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn-secondary"
            disabled={!fromVault || full}
            onClick={() => {
              const chosen = vault.find((v) => v.id === fromVault);
              if (!chosen) return;
              onChange([...value, { kind: chosen.kind, name: chosen.name, vaultId: chosen.id }]);
              setFromVault('');
            }}
          >
            {m.attach}
          </button>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
