import { z } from 'zod';

/** A stable document or term id: kebab-case, lower-case ASCII. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDateSchema = z.iso.date({ message: 'must be an ISO date YYYY-MM-DD that exists' });

/**
 * A CELEX number: sector digit (or C/E), year, document-type letters, number, optional suffix
 * such as (02). Examples: 32016L0681, 42000A0922(02), 62019CJ0817, 52012DC0735. Treaty texts (sector 1)
 * name their part instead of a number: 12016E/PRO/22 (a protocol), 12016M/TXT.
 */
export const celexSchema = z
  .string()
  .regex(/^(?:[0-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?|1\d{4}[A-Z]{1,2}\/[A-Z]{2,4}(?:\/\d{1,3})?)$/, 'is not a CELEX number (e.g. 32016L0681)');

/** A European Legislation Identifier URI for an act as published in the Official Journal (e.g. .../dec/2007/125(1)/oj). */
export const eliSchema = z
  .string()
  .regex(
    /^http:\/\/data\.europa\.eu\/eli\/[a-z_]+\/\d{4}\/\d+(?:\(\d+\))?(?:\/[a-z0-9_-]+)*\/oj$/,
    'is not an ELI (e.g. http://data.europa.eu/eli/dir/2016/681/oj)',
  );

/** An Official Journal reference, old style (OJ L 119, 4.5.2016, p. 132) or act-by-act (OJ L, 2024/982, 5.4.2024). */
export const ojSchema = z
  .string()
  .regex(
    /^OJ [LC](?: \d+[A-Z]?, \d{1,2}\.\d{1,2}\.\d{4}, p\. \d+|, \d{4}\/\d+, \d{1,2}\.\d{1,2}\.\d{4})/,
    'is not an Official Journal reference (e.g. "OJ L 119, 4.5.2016, p. 132" or "OJ L, 2024/982, 5.4.2024")',
  );

/** A European Case Law Identifier for a CJEU decision. */
export const ecliSchema = z
  .string()
  .regex(/^ECLI:EU:[CTF]:\d{4}:\d+$/, 'is not an ECLI (e.g. ECLI:EU:C:2014:238)');
