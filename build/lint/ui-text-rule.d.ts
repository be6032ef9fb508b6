/** `no-restricted-syntax` selectors that refuse words written into renderer components (issue 22); see ui-text-rule.js. */
export declare const uiTextSelectors: { selector: string; message: string }[];
