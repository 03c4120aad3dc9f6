import { router } from '../../trpc';
import { peopleRouter } from './people';

export const staffRouter = router({
  people: peopleRouter,
});
