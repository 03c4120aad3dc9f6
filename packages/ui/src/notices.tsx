import type { ReactNode } from 'react';

/** A success message, announced politely. */
export function Saved({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-ok" role="status">
      {children}
    </div>
  );
}

/** The reasons a rule gave for its result, as a list (nothing when there are none). */
export function Reasons({ reasons, label }: { reasons: readonly string[]; label?: string }) {
  if (!reasons.length) return null;
  return (
    <>
      {label && <p>{label}</p>}
      <ul>
        {reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
    </>
  );
}
