/**
 * Zod's messages, written for people. Every input schema of Hearth is a zod schema, and a person
 * reads what it says when a form is wrong ("Invalid input: expected number, received NaN" helps
 * no one). A schema's own message still wins; this is what is said where a schema has none.
 * The field is never named here: it travels beside the message, and the form shows the message
 * next to that field's label.
 */
import { z } from 'zod';

const NUMBER = new Intl.NumberFormat('en-US');

type Issue = z.core.$ZodRawIssue;

function size(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? NUMBER.format(value) : String(value);
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = issue.minimum;
  switch (issue.origin) {
    case 'string':
      return Number(min) <= 1 ? 'Fill this in.' : `Write at least ${size(min)} characters.`;
    case 'array':
    case 'set':
      return Number(min) <= 1 ? 'Add at least one.' : `Add at least ${size(min)}.`;
    case 'date':
      return 'Choose a later date.';
    default:
      return issue.inclusive === false
        ? `Enter a number greater than ${size(min)}.`
        : `Enter ${size(min)} or more.`;
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = issue.maximum;
  switch (issue.origin) {
    case 'string':
      return `Keep this to ${size(max)} characters or fewer.`;
    case 'array':
    case 'set':
      return `Choose no more than ${size(max)}.`;
    case 'date':
      return 'Choose an earlier date.';
    default:
      return issue.inclusive === false
        ? `Enter a number less than ${size(max)}.`
        : `Enter ${size(max)} or less.`;
  }
}

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (issue.input === undefined || issue.input === null) {
    return issue.expected === 'boolean' ? 'Choose yes or no.' : 'Fill this in.';
  }
  switch (issue.expected) {
    case 'number':
      return 'Enter a number, using digits only.';
    case 'int':
      return 'Enter a whole number.';
    case 'boolean':
      return 'Choose yes or no.';
    case 'string':
      return 'Write this as text.';
    case 'array':
    case 'object':
      return 'Fill this in.';
    default:
      return 'This answer is not the right kind for this question.';
  }
}

/** A person-readable message for one zod issue (exported for tests and for the portals). */
export function messageFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return 'Choose one of the options.';
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter a valid email address.';
      if (issue.format === 'date') return 'Enter a real date.';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Choose an item from the list.';
      return 'Check the format of this answer.';
    case 'not_multiple_of':
      return `Enter a multiple of ${size(issue.divisor)}.`;
    case 'unrecognized_keys':
      return 'This form sent something Hearth does not know; reload the page and try again.';
    case 'invalid_union':
      return 'Choose one of the options.';
    case 'invalid_key':
    case 'invalid_element':
      return 'One of the entries is not right; check each one.';
    default:
      return 'Check this answer.';
  }
}

z.config({ customError: (issue) => messageFor(issue) });
