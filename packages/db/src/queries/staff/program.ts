/** The program's settings and policy are read in one place, shared by every side. */
export { findProgramPolicy, findProgramSettings } from '../core/policy';
