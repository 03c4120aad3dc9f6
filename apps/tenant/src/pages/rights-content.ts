import type { TRightsTopic } from '@hearth/domain';

/**
 * My rights and responsibilities, in plain words (reading age about 12). The words follow the
 * Connecticut PSH training: the rights of tenancy are privacy, safe and well-maintained housing
 * and due process; services are voluntary and separate from the lease.
 */
export interface RightsText {
  title: string;
  summary: string;
  body: { heading: string; text: string[] }[];
}

export const RIGHTS: Record<TRightsTopic, RightsText> = {
  privacy: {
    title: 'Your right to privacy',
    summary: 'No one comes into your home without your permission, unless it is an emergency.',
    body: [
      {
        heading: 'What this means',
        text: [
          'Your home is your home. Staff and the property manager do not come in without asking you first.',
          'For a repair, they will ask you, or tell you in writing before they come. You can say if they may come in when you are not home.',
          'In an emergency, like a fire, a flood or a gas smell, they may come in to keep people safe.',
          'Every time someone comes into your home, it is written down: when, why and how you were told.',
        ],
      },
    ],
  },
  safe_housing: {
    title: 'Your right to a safe, well-kept home',
    summary: 'Your home should be safe, and things that break should be fixed.',
    body: [
      {
        heading: 'What this means',
        text: [
          'Heat, water, locks, smoke alarms and the things that came with your home should work.',
          'If something breaks, ask for a repair in this portal. Say how urgent it is.',
          'You can follow your repair here, and tell us when it is really fixed.',
        ],
      },
    ],
  },
  due_process: {
    title: 'Your right to due process',
    summary: 'No one can make you leave your home without a fair process.',
    body: [
      {
        heading: 'What this means',
        text: [
          'If there is a problem with the lease, the property manager must tell you about it first.',
          'You will be offered a meeting to talk about it. You can bring your case manager or someone you trust.',
          'Together you can agree on a fix and a date. Nothing happens by itself: a person takes each step, and each step is written down with its date.',
          'You can always write your side of the story. It becomes part of the record.',
          'Only after these steps can there be a written notice, and only after that the legal process.',
        ],
      },
    ],
  },
  the_lease: {
    title: 'What your lease asks of you',
    summary: 'Pay your part of the rent, take care of your home, and respect your neighbours.',
    body: [
      {
        heading: 'Your part',
        text: [
          'Pay your part of the rent each month. It is about 30% of your income. The program pays the rest.',
          'Keep your home clean and safe, and tell us when something breaks.',
          'Let your neighbours have quiet, especially at night.',
          'Only the people on your lease live in your home.',
        ],
      },
      {
        heading: 'If something goes wrong',
        text: ['Talk to us early. Your case manager can help you make a plan to keep your home.'],
      },
    ],
  },
  services_voluntary: {
    title: 'Services are your choice',
    summary: 'Working with your case manager is up to you. It is separate from your lease.',
    body: [
      {
        heading: 'What this means',
        text: [
          'You do not have to use services to keep your home. Your lease does not depend on them.',
          'Your case manager helps you; they do not enforce the lease. The property manager enforces the lease.',
          'Your case manager can see if there is a lease issue, so they can offer help. What you tell your case manager is not shared with the property manager.',
        ],
      },
    ],
  },
  grievances: {
    title: 'How to make a complaint (a grievance)',
    summary: 'If something is not right, you can file a grievance and get an answer by a set date.',
    body: [
      {
        heading: 'How it works',
        text: [
          'Go to Grievances and say what is wrong. Choose if it is about services (your case manager or the program) or about housing (your home or the property manager).',
          'Services grievances go to a supervisor. Housing grievances go to the property manager.',
          'You get an answer within 10 working days. If it is late, we mark it late.',
          'If you do not agree with the answer, you can appeal once. The program admin decides.',
        ],
      },
    ],
  },
};
