import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ipcContract, ipcEvents } from '../../common/contract/ipc-contract';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer') + sep;

/** The renderer as its own tsconfig compiles it, with a type checker, so calls are found by what they call, not how they are spelled. */
function rendererProgram(): ts.Program {
  const configFile = join(ROOT, 'tsconfig.renderer.json');
  const config = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configFile);
  return ts.createProgram(parsed.fileNames, parsed.options);
}

function exportedType(program: ts.Program, file: string, name: string): ts.Type {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(ROOT, file));
  const module = source && checker.getSymbolAtLocation(source);
  const symbol = module && checker.getExportsOfModule(module).find((candidate) => candidate.name === name);
  if (!symbol) throw new Error(`${file} does not export ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

function where(node: ts.Node): string {
  const source = node.getSourceFile();
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(ROOT, source.fileName).split(sep).join('/')}:${line + 1}`;
}

interface Usage {
  /** Channel -> the places in the renderer that use its API function. */
  calls: Map<string, string[]>;
  /** Event -> the places in the renderer that subscribe to it. */
  subscriptions: Map<string, string[]>;
  /** Subscriptions whose event name is not a literal the checker can read. */
  unreadable: string[];
}

/**
 * Walks every renderer file and resolves each member access with the checker: a use of `PolcoopApi[namespace][method]`
 * (however the object was reached: `useShellApi()?.packs.status()`, a `BookmarksApi` passed around, a destructured
 * function) counts for its channel, and a call of `PolcoopEvents.on` counts for the event its first argument names.
 */
function rendererUsage(): Usage {
  const program = rendererProgram();
  const checker = program.getTypeChecker();
  const channelOf = new Map<ts.Symbol, string>();
  for (const namespace of exportedType(program, 'common/contract/ipc-api.ts', 'PolcoopApi').getProperties()) {
    for (const method of checker.getTypeOfSymbol(namespace).getProperties())
      channelOf.set(method, `${namespace.name}:${method.name}`);
  }
  const on = exportedType(program, 'common/contract/ipc-api.ts', 'PolcoopEvents').getProperty('on');
  if (channelOf.size === 0 || !on) throw new Error('PolcoopApi or PolcoopEvents.on could not be resolved');
  // Only names that could be API members go to the checker: asking it about every expression would check the whole renderer.
  const names = new Set([...channelOf.values()].map((channel) => channel.split(':')[1]));
  names.add('on');
  const usage: Usage = { calls: new Map(), subscriptions: new Map(), unreadable: [] };
  const note = (map: Map<string, string[]>, key: string, node: ts.Node) =>
    map.set(key, [...(map.get(key) ?? []), where(node)]);
  const noteMember = (symbol: ts.Symbol | undefined, node: ts.Node) => {
    const channel = symbol && channelOf.get(symbol);
    if (channel) note(usage.calls, channel, node);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && names.has(node.name.text))
      noteMember(checker.getSymbolAtLocation(node.name), node);
    if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      names.has(node.argumentExpression.text)
    ) {
      noteMember(checker.getSymbolAtLocation(node.argumentExpression), node);
    }
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = node.propertyName ?? node.name;
      if (ts.isIdentifier(name) && names.has(name.text))
        noteMember(checker.getTypeAtLocation(node.parent).getProperty(name.text), node);
    }
    const callee =
      ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) ? node.expression.name : undefined;
    if (ts.isCallExpression(node) && callee?.text === 'on' && checker.getSymbolAtLocation(callee) === on) {
      const [event] = node.arguments;
      const type = event && checker.getTypeAtLocation(event);
      const names = type
        ? (type.isUnion() ? type.types : [type]).map((member) => (member.isStringLiteral() ? member.value : undefined))
        : [undefined];
      if (names.some((name) => name === undefined)) usage.unreadable.push(where(node));
      for (const name of names) if (name !== undefined) note(usage.subscriptions, name, node);
    }
    ts.forEachChild(node, visit);
  };
  for (const source of program.getSourceFiles())
    if (source.fileName.split('/').join(sep).startsWith(RENDERER)) visit(source);
  return usage;
}

describe('the IPC contract and the renderer', () => {
  let usage: Usage = { calls: new Map(), subscriptions: new Map(), unreadable: [] };
  beforeAll(() => {
    usage = rendererUsage();
  }, 120_000);

  it('has a renderer caller for every channel the page can call (least privilege: no caller, no channel)', () => {
    const orphans = Object.keys(ipcContract).filter((channel) => !usage.calls.has(channel));
    expect(orphans, `channels with no caller in renderer/: ${orphans.join(', ')}`).toEqual([]);
  });

  it('has a renderer subscriber for every event the shell sends', () => {
    const orphans = Object.keys(ipcEvents).filter((event) => !usage.subscriptions.has(event));
    expect(orphans, `events with no subscriber in renderer/: ${orphans.join(', ')}`).toEqual([]);
  });

  it('can read every subscription: each names its event as a literal', () => {
    expect(usage.unreadable).toEqual([]);
  });

  it('finds the callers it should, by what they call rather than how they are spelled', () => {
    expect(usage.calls.get('app:info')?.some((place) => place.startsWith('renderer/api/use-app-info.ts:'))).toBe(true);
    expect(
      usage.calls.get('bookmarks:list')?.some((place) => place.startsWith('renderer/bookmarks-ui/bookmark-state.ts:')),
    ).toBe(true);
    expect(usage.subscriptions.get('shell:command')?.every((place) => place.startsWith('renderer/commands/'))).toBe(
      true,
    );
  });
});
