export * from './account-data';
export * from './common';
export * from './complaints';
export * from './listings';
export * from './penalties';
export * from './review';
export * from './session';
export * from './review-detail';
