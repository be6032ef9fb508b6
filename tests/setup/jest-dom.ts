import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default; on a loaded 2-core CI machine a first render with IndexedDB can take
// longer, and the tests wait for what a person would see, not for a time budget.
configure({ asyncUtilTimeout: 5000 });
