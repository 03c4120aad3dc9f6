/** The program's policy, read the same way by every side (see core/policy.ts). */
export { findProgramPolicy, findProgramSettings } from '../core/policy';
