import { createTranslator } from '../../shared/i18n/translator';
import { catalogueOf } from './catalogues';

/** The window's words, from the catalogues loaded so far. */
export const windowTranslator = createTranslator(catalogueOf);
