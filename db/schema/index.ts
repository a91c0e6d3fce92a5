export * from './units';
export * from './criteria';
export * from './funding';
export * from './ocop';
export * from './documents';
export * from './summaries';
export * from './criteria-values';
