import { BLOOM_LEVELS, EQF_LEVELS, localize, type Lang, type WordLists } from '@canvas/templates';
import { levelWords } from './words';

/**
 * The reference beside a C3/C4 board: each Bloom level with its meaning and verb list, each EQF
 * level with its three descriptors (knowledge, skills, responsibility and autonomy).
 */
export function LevelsReference({ lang }: { lang: Lang }) {
  const w = levelWords(lang);
  const list = (values: WordLists) => (values[lang] ?? values.en).join(', ');
  return (
    <details className="cs-levels-ref" data-testid="levels-reference">
      <summary>{w.referenceTitle}</summary>
      <p className="muted small">{w.referenceIntro}</p>
      <h4>{w.bloomHeading}</h4>
      <dl className="cs-levels-ref__list">
        {BLOOM_LEVELS.map((level) => (
          <div key={level.level} className="cs-levels-ref__item">
            <dt>
              {level.level} · {localize(level.name, lang)}
            </dt>
            <dd>
              <span className="muted">{localize(level.meaning, lang)}.</span>
              <br />
              <strong>{w.verbs}:</strong> {list(level.verbs)}
            </dd>
          </div>
        ))}
      </dl>
      <h4>{w.eqfHeading}</h4>
      <dl className="cs-levels-ref__list">
        {EQF_LEVELS.map((level) => (
          <div key={level.level} className="cs-levels-ref__item">
            <dt>{localize(level.label, lang)}</dt>
            <dd>
              <strong>{w.knowledge}:</strong> {localize(level.knowledge, lang)}
              <br />
              <strong>{w.skills}:</strong> {localize(level.skills, lang)}
              <br />
              <strong>{w.responsibility}:</strong> {localize(level.responsibility, lang)}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
