import { validateArticle } from '../../src/data/validate';
import reference from '../fixtures/reference.json';

/** The reference article's model, as `npm run content -- show` prints it. */
export const referenceArticle = validateArticle(reference);
