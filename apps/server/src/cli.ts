import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword } from '@hearth/api';
import { createUser, findUserByEmail, firstProgramId } from '@hearth/db';
import { ZCreateUserInput } from '@hearth/domain/identity';
import { openDatabase, seed } from './bootstrap';
import { clockOf } from './clock';
import { readEnv } from './env';

const USAGE = `Usage: pnpm cli <command>
  migrate                 apply database migrations
  seed                    load the demo program into an empty database
  create-user --email E --name N --role R
                          add an account; the password is read from standard input
                          roles: case_manager, supervisor, program_admin, property_manager
                          (tenant accounts are created from a tenant's record)`;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = '';
    for await (const chunk of process.stdin) data += chunk;
    return data.split('\n')[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answer = await rl.question('Password (12+ characters): ');
  rl.close();
  return answer;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const env = readEnv();
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  const handle = openDatabase(env);
  try {
    await handle.migrate();
    switch (command) {
      case 'migrate':
        console.log('Migrations applied.');
        return 0;
      case 'seed': {
        const result = await seed(handle, clockOf(env));
        console.log(
          result.seeded ? 'Demo program seeded.' : 'The database already has a program; nothing seeded.',
        );
        return 0;
      }
      case 'create-user': {
        const { values } = parseArgs({
          args: rest,
          options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
        });
        const parsed = ZCreateUserInput.safeParse({
          email: values.email,
          displayName: values.name,
          role: values.role,
          password: await readPassword(),
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
          return 2;
        }
        if (parsed.data.role === 'tenant') {
          console.error('role: tenant accounts are created from a tenant record in the staff portal');
          return 2;
        }
        if (await findUserByEmail(handle.db, { email: parsed.data.email })) {
          console.error(`email: an account with ${parsed.data.email} already exists`);
          return 2;
        }
        const programId = await firstProgramId(handle.db);
        if (!programId) {
          console.error('No program in the database yet: run seed, or start Hearth once.');
          return 2;
        }
        await createUser(handle.db, {
          programId,
          email: parsed.data.email,
          displayName: parsed.data.displayName,
          role: parsed.data.role,
          passwordHash: await hashPassword(parsed.data.password),
        });
        console.log(`Created ${parsed.data.role} ${parsed.data.email}.`);
        return 0;
      }
      default:
        console.error(`Unknown command: ${command}\n\n${USAGE}`);
        return 1;
    }
  } finally {
    await handle.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
