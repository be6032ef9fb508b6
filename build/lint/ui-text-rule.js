// Every word the reader shows comes from renderer/texts/ (one module per language), never from a component: a
// string written into JSX would show in English whatever the interface language. Content from the bundle, ids,
// class names and symbols are not words of the interface and pass.
const message = 'Interface text must come from renderer/texts/ (texts.*), so that it follows the interface language.';
const words = '/[A-Za-z]{2,}/';
const TEXT_ATTRIBUTES =
  '/^(aria-label|aria-description|aria-roledescription|aria-placeholder|aria-valuetext|title|placeholder|alt|label)$/';

/** `no-restricted-syntax` selectors that refuse words written into renderer components (issue 22). */
export const uiTextSelectors = [
  // Text between tags, and strings or templates put there in braces.
  { selector: `JSXText[value=${words}]`, message },
  ...[
    'Literal',
    'TemplateLiteral > TemplateElement',
    'ConditionalExpression > Literal',
    'LogicalExpression > Literal',
  ].flatMap((node) => [
    {
      selector: `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${node}${node.endsWith('TemplateElement') ? `[value.raw=${words}]` : `[value=${words}]`}`,
      message,
    },
    {
      selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > ${node}${node.endsWith('TemplateElement') ? `[value.raw=${words}]` : `[value=${words}]`}`,
      message,
    },
  ]),
  // Attributes a person reads or hears: labels, titles, placeholders.
  { selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > Literal[value=${words}]`, message },
];
