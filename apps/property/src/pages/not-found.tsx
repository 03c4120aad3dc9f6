import { Link } from 'react-router';
import { usePageTitle } from '@hearth/ui';

export function NotFoundPage() {
  usePageTitle('Page not found', 'Property portal');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Back to units</Link>
      </p>
    </>
  );
}
