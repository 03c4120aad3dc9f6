import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { errorFields } from '../test-helpers';
import { procedureOf, type Caller } from './world';

export interface Outcome {
  status: number;
  code: string;
  message: string;
  fields: string[];
  data?: unknown;
}

/** Calls a procedure and returns what the wire would carry: status, code, message and fields. */
export async function outcome(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  try {
    const data = await procedureOf(caller, path)(input);
    return { status: 200, code: 'OK', message: '', fields: [], data };
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return {
      status: getHTTPStatusCodeFromError(e),
      code: e.code,
      message: e.message,
      fields: errorFields(e),
    };
  }
}

export const RANDOM_UUID = '6f1c2a9e-4b7d-4e21-9c3a-0d5b8e7f1a23';
