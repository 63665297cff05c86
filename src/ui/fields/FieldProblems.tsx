import type { Problem } from '../../core/types';
import { SeverityIcon } from '../problems/SeverityIcon';

/** The problems that name a field, under it, coloured by severity (inputStyles.ts: .cf-problems). */
export function FieldProblems({ problems }: { problems: readonly Problem[] | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul className="cf-problems">
      {problems.map((p, i) => (
        <li key={`${p.id}:${i}`} data-field-problem={p.severity}>
          <SeverityIcon severity={p.severity} sx={{ fontSize: 16, mt: '1px' }} />
          <span>{p.message}</span>
        </li>
      ))}
    </ul>
  );
}
