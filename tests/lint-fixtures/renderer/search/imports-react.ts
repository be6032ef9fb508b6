// Crosses a boundary on purpose: the search engine importing React.
import { useMemo } from 'react';

/** Stands for engine code depending on the UI. */
export const engineMemoises = useMemo;
