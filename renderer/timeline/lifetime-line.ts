import type { Status } from '../../content/model/status';

/** How an instrument's line is drawn: each style differs in colour and in pattern or weight, so colour alone never carries it. */
export type LifetimeLine = 'in-force' | 'amended' | 'ended' | 'proposal' | 'delivered';

/** Every line style, in the order the legend explains them. */
export const LIFETIME_LINES: readonly LifetimeLine[] = ['in-force', 'amended', 'ended', 'proposal', 'delivered'];

/** The line style of an instrument with this status. */
export function lifetimeLine(status: Status): LifetimeLine {
  switch (status) {
    case 'in-force':
    case 'amended':
    case 'proposal':
    case 'delivered':
      return status;
    case 'repealed':
    case 'annulled':
    case 'expired':
      return 'ended';
  }
}
