import { Link } from 'react-router';
import { usePageTitle } from '@hearth/ui';

export function NotFoundPage() {
  usePageTitle('Page not found', 'Staff portal');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Back to the caseload</Link>
      </p>
    </>
  );
}
