import { Link, useParams } from 'react-router';

/** The back link and the sibling pages of a person's care record. */
export function CareNav({ current }: { current: 'plan' | 'assessment' | 'engagement' | 'linkages' }) {
  const { personId = '' } = useParams();
  const pages = [
    ['plan', 'Service plan'],
    ['assessment', 'Assessment & acuity'],
    ['engagement', 'Warm handoff'],
    ['linkages', 'Resources & linkages'],
  ] as const;
  return (
    <nav aria-label="Care record" className="no-print">
      <p>
        <Link to={`/people/${personId}`}>← Back to the person</Link>
      </p>
      <ul
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem', listStyle: 'none', paddingLeft: 0 }}
      >
        {pages.map(([key, label]) => (
          <li key={key}>
            {key === current ? (
              <span aria-current="page">
                <strong>{label}</strong>
              </span>
            ) : (
              <Link to={`/people/${personId}/${key}`}>{label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
