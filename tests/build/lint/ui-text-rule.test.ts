import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { uiTextSelectors } from '../../../build/lint/ui-text-rule.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...uiTextSelectors] } },
  ],
});

async function findings(code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: 'renderer/views/sample.tsx' });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-syntax').length ?? -1;
}

describe('the rule against interface text written into renderer components', () => {
  it.each([
    ['text between tags', '<p>Close settings</p>'],
    ['a label attribute', '<button aria-label="Close">x</button>'],
    ['a title attribute in braces', '<button title={`Back (Alt+←)`}>x</button>'],
    ['a string in braces', "<p>{'Nothing found'}</p>"],
    ['a template in braces', '<p>{`${n} results`}</p>'],
    ['a fallback string', "<p>{name || 'Untitled'}</p>"],
    ['a placeholder', '<input placeholder="Search" />'],
  ])('refuses %s', async (_what, jsx) => {
    expect(await findings(`export const A = ({ n, name }: { n: number; name: string }) => ${jsx};`)).toBe(1);
  });

  it('lets through texts from the language module, content, ids, class names and symbols', async () => {
    const code = `
      import { texts } from '../texts/active-texts';
      export const A = ({ id, doc }: { id: string; doc: { title: string; status: string } }) => (
        <section aria-labelledby={\`\${id}-heading\`} className={\`status-badge status-\${doc.status}\`} role="note">
          <h2 id={\`\${id}-heading\`} aria-current={doc.title ? 'page' : undefined}>{texts.toc}</h2>
          <p title={doc.title}>{doc.title}{' · '}{'#'} ← →</p>
        </section>
      );`;
    expect(await findings(code)).toBe(0);
  });
});
