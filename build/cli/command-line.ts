import { parseArgs } from 'node:util';

/** One option of a command: what `node:util` parseArgs needs, and how `--help` describes it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** True when the command cannot run without it (a string option with no default). */
  required?: boolean;
  /** The placeholder of a string option's value in the help ("N", "FILE"). */
  value?: string;
  /** What the option does, for the help. */
  help: string;
}

type Options = Record<string, OptionSpec>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;
type RequiredKeys<T extends Options> = { [K in keyof T]: T[K] extends { required: true } ? K : never }[keyof T];
/** The option values of a parsed command line, typed by its options (a required string is always there). */
export type OptionValues<T extends Options> = Parsed<T>['values'] & { [K in RequiredKeys<T>]: string };

/** How a command is called: enough to parse its arguments, check them and print its help. */
export interface CommandSpec<T extends Options> {
  /** The npm script, named in every message. */
  script: string;
  /** The first help line after "usage: ", for example "npm run pack:verify -- FILE [--trusted KEY]". */
  usage: string;
  /** One or two sentences on what the command does. */
  summary: string;
  options: T;
  /** How many positional arguments it takes (none when left out), and what the first missing one is called. */
  positionals?: { min: number; max: number; name: string };
  /** A problem with the values that parsing alone cannot see (a number out of range), as one line; undefined when fine. */
  check?: (values: OptionValues<T>, positionals: string[]) => string | undefined;
}

/** A parsed command line, or what to print and the exit status when the command should not run: 0 after --help, 2 after bad usage. */
export type CommandLine<T extends Options> =
  { ok: true; values: OptionValues<T>; positionals: string[] } | { ok: false; exitCode: 0 | 2; message: string };

/** Declares a command outside a call, keeping its option types for the parsed values. */
export function defineCommand<T extends Options>(spec: CommandSpec<T>): CommandSpec<T> {
  return spec;
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** The full help: usage line, summary and a table of the options. */
export function helpText(spec: Pick<CommandSpec<Options>, 'usage' | 'summary' | 'options'>): string {
  const rows = Object.entries({ ...spec.options, help: HELP }).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
    const note = option.required
      ? ' (required)'
      : typeof option.default === 'string'
        ? ` (default ${option.default})`
        : '';
    return [flag, `${option.help}${note}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `usage: ${spec.usage}`,
    '',
    spec.summary,
    '',
    'options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
  ].join('\n');
}

/** A usage problem as the one line a command prints before exiting with status 2. */
export function usageProblem(
  spec: Pick<CommandSpec<Options>, 'script'>,
  problem: string,
): { ok: false; exitCode: 2; message: string } {
  return {
    ok: false,
    exitCode: 2,
    message: `${spec.script}: ${problem} (npm run ${spec.script} -- --help shows the usage)`,
  };
}

// Node's messages run over several lines and suggest `--` tricks; the option they name is what the user needs.
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const named = /'(?:-[^-], )?(--?[^' ]+)/.exec(message)?.[1];
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) return `unknown option ${named}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    if (message.includes('does not take an argument')) return `${named} takes no value`;
    if (message.includes('ambiguous'))
      return `${named} needs a value, written ${named}=-VALUE if it starts with a dash`;
    return `${named} needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

/** Parses `args` against `spec`: --help (or -h) and every usage problem come back as a message, never as a throw. */
export function parseCommandLine<T extends Options>(spec: CommandSpec<T>, args: readonly string[]): CommandLine<T> {
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help: HELP }).map(([name, o]) => [
      name,
      {
        type: o.type,
        ...(o.short ? { short: o.short } : {}),
        ...(o.default === undefined ? {} : { default: o.default }),
      },
    ]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageProblem(spec, describeParseError(error));
  }
  if (parsed.values.help === true) return { ok: false, exitCode: 0, message: helpText(spec) };
  const { min, max, name } = spec.positionals ?? { min: 0, max: 0, name: '' };
  if (parsed.positionals.length > max)
    return usageProblem(spec, `unexpected argument ${JSON.stringify(parsed.positionals[max] ?? '')}`);
  if (parsed.positionals.length < min) return usageProblem(spec, `${name} is missing`);
  const absent = Object.entries(spec.options).find(
    ([key, option]) => option.required && parsed.values[key] === undefined,
  );
  if (absent) return usageProblem(spec, `--${absent[0]} ${absent[1].value ?? 'VALUE'} is required`);
  const values = parsed.values as OptionValues<T>;
  const problem = spec.check?.(values, parsed.positionals);
  return problem === undefined ? { ok: true, values, positionals: parsed.positionals } : usageProblem(spec, problem);
}

/** Prints what a command that should not run says: the help on stdout, a usage problem on stderr. */
export function printRefusal(refusal: { exitCode: 0 | 2; message: string }): void {
  (refusal.exitCode === 0 ? console.log : console.error)(refusal.message);
}

/** Reads the process's arguments; prints the help or the problem when the command should not run. */
export function readCommandLine<T extends Options>(
  spec: CommandSpec<T>,
  args: readonly string[] = process.argv.slice(2),
): CommandLine<T> {
  const line = parseCommandLine(spec, args);
  if (!line.ok) printRefusal(line);
  return line;
}

/** Why `raw` is not a comma-separated list of whole numbers of `min` or more, or undefined when it is one. */
export function wholeNumberListProblem(option: string, raw: string, min: number): string | undefined {
  const fine = raw.split(',').every((part) => wholeNumberProblem(option, part, min) === undefined);
  return fine
    ? undefined
    : `${option} must list whole numbers of ${min} or more, separated by commas, not ${JSON.stringify(raw)}`;
}

/** Why `raw` is not a whole number from `min` to `max`, or undefined when it is one; the value is quoted as JSON so the message stays one line. */
export function wholeNumberProblem(
  option: string,
  raw: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): string | undefined {
  if (raw !== undefined && /^\d{1,15}$/.test(raw) && Number(raw) >= min && Number(raw) <= max) return undefined;
  const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
  return `${option} must be a whole number ${range}, not ${JSON.stringify(raw ?? '')}`;
}
