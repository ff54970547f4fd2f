export { looksLikeArticle } from './looks-like-article';
export { readPaperMetadata } from './read-metadata';
export { paperIdentity, samePaper } from './identity';
export { doiKey, findDoi, normalizeDoi, sameDoi } from './doi';
export type {
  MetadataSource,
  PaperIdentity,
  PaperMetadata,
  SourcedField,
} from './types';
