import { Link } from 'react-router';
import { usePageTitle } from '@hearth/ui';

export function NotFoundPage() {
  usePageTitle('Page not found', 'Tenant portal');
  return (
    <>
      <h1>We can’t find that page</h1>
      <p>
        <Link to="/">Go back to My home</Link>
      </p>
    </>
  );
}
