// Crosses a boundary on purpose: the content model importing something other than zod.
import { useState } from 'react';

/** Stands for model code depending on the UI. */
export const modelUsesState = useState;
