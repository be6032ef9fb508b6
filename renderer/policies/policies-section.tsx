import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { texts } from '../texts/active-texts';
import { usePolicies } from './policy-context';

const t = texts.policies;

function shownValue(value: PolicyReport['applied'][number]['value']): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? t.on : t.off;
  return value;
}

function levelOf(applied: PolicyReport['applied'][number]): string {
  if (applied.level === 'enforced') return t.enforced;
  return applied.inEffect ? t.default : t.overridden;
}

/** About › Policies: every policy an administrator set, its value, level and source, and every value refused with the reason. */
export function PoliciesSection() {
  const report = usePolicies();
  return (
    <section className="about-policies" aria-labelledby="policies">
      <h2 id="policies">{t.title}</h2>
      {!report ? (
        <p>{t.notReported}</p>
      ) : report.applied.length === 0 && report.refused.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          {report.applied.length > 0 && (
            <table className="policy-table">
              <caption>{t.appliedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.policy}</th>
                  <th scope="col">{t.value}</th>
                  <th scope="col">{t.level}</th>
                  <th scope="col">{t.source}</th>
                </tr>
              </thead>
              <tbody>
                {report.applied.map((applied) => (
                  <tr key={applied.name}>
                    <th scope="row" className="identifier">
                      {applied.name}
                    </th>
                    <td className="policy-value">{shownValue(applied.value)}</td>
                    <td>{levelOf(applied)}</td>
                    <td className="identifier policy-source">
                      {applied.source} <span className="muted">({applied.field})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.refused.length > 0 && (
            <table className="policy-table policy-refused">
              <caption>{t.refusedCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.field}</th>
                  <th scope="col">{t.reason}</th>
                  <th scope="col">{t.source}</th>
                </tr>
              </thead>
              <tbody>
                {report.refused.map((refused, index) => (
                  <tr key={index}>
                    <th scope="row" className="identifier">
                      {refused.field}
                    </th>
                    <td>{refused.reason}</td>
                    <td className="identifier policy-source">{refused.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.languageLocked && <p>{t.languageLocked}</p>}
        </>
      )}
    </section>
  );
}
