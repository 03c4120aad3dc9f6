export * from './acuity';
export * from './assessment-due';
export * from './business-days';
export * from './engagement';
export * from './goals';
export * from './linkages';
export * from './service-plan';
export * from './care-inputs';
export * from './chronic';
export * from './clock';
export * from './cti';
export * from './date-checks';
export * from './dates';
export * from './deadlines';
export * from './disability-evidence';
export * from './eligibility';
export * from './eligibility-file';
export * from './enrollment';
export * from './errors';
export * from './evidence';
export * from './grievances';
export * from './caseload';
export * from './hmis-timing';
export * from './homelessness';
export * from './identity';
export * from './intake-inputs';
export * from './lease-issues';
export * from './messages';
export * from './ledger';
export * from './living-situation';
export * from './packet';
export * from './standing';
export * from './policy';
export * from './referrals';
export * from './rent';
export * from './repairs';
export * from './rent-worksheet';
export * from './stays';
export * from './tenancy-inputs';
export {
  CONTROL_CHARACTER_MESSAGE,
  hasControlCharacter,
  INT32_MAX,
  parseInput,
  ZCents,
  ZInt32,
  ZIsoDate,
  ZRequiredText,
  ZText,
} from './validation';
