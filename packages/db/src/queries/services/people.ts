// Moved to queries/staff/people.ts (issue 8). Kept for the services queries not yet moved there
// (care, tenancy alerts, grievances), which import './people'; delete once they have moved.
export * from '../staff/people';
